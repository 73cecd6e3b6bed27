import { Text } from '@mantine/core'
import type { CachedDevice } from '@shared/domain/devices'
import { useTranslation } from 'react-i18next'
import { deviceStatusLine } from './device-status'
import { formatWhen } from '../../i18n/format'

/** How long a device has been in its state, in the same words wherever a device is listed. */
export function DeviceStatusSince({ device, size = 'xs' }: { readonly device: CachedDevice; readonly size?: 'xs' | 'sm' }) {
  const { t, i18n } = useTranslation()
  const line = deviceStatusLine(device)
  return (
    <Text size={size} c="dimmed" data-testid="device-status-since">
      {t(`project.deviceStatus.${line.key}`, { time: formatWhen(line.time, i18n.language) })}
    </Text>
  )
}
