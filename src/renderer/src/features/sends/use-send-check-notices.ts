import { notifications } from '@mantine/notifications'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { followSendChecks } from '../../stores/sends/actions'
import { SEND_NOTICE } from './notify'

/** Tells the installer, wherever they are, how a send whose answer was lost was settled. */
export function useSendCheckNotices(): void {
  const { t } = useTranslation()
  useEffect(
    () =>
      followSendChecks((checked) => {
        notifications.hide(SEND_NOTICE)
        notifications.show({
          color: checked.outcome === 'adopted' ? 'green' : 'orange',
          autoClose: false,
          message: t(`sends.checked.${checked.outcome}`, { channels: checked.channelNames.join(', ') }),
        })
      }),
    [t],
  )
}
