import { Badge } from '@mantine/core'
import { IconCircleCheck, IconPlugConnectedX } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'

/** Online or offline as icon + word, never colour alone. */
export function DeviceStatus({ online }: { readonly online: boolean }) {
  const { t } = useTranslation()
  return online ? (
    <Badge color="green" variant="light" leftSection={<IconCircleCheck size={12} aria-hidden />}>
      {t('accessGroups.device.online')}
    </Badge>
  ) : (
    <Badge color="red" variant="light" leftSection={<IconPlugConnectedX size={12} aria-hidden />}>
      {t('accessGroups.device.offline')}
    </Badge>
  )
}
