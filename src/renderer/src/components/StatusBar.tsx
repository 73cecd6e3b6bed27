import { Group, Text } from '@mantine/core'
import { IconDeviceDesktop, IconWifi, IconWifiOff, IconWorldWww } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useAppStore } from '../stores/app/store'

/** Always-visible facts in words and icons (never colour alone): how Fieldkey runs, network state. */
export function StatusBar() {
  const { t, i18n } = useTranslation()
  const info = useAppStore((s) => s.info)
  const network = useAppStore((s) => s.network)
  const time = network ? new Date(network.since).toLocaleTimeString(i18n.language, { hour: '2-digit', minute: '2-digit' }) : ''
  return (
    <Group h="100%" px="md" gap="lg" justify="space-between" role="status" aria-label={t('status.label')}>
      <Group gap="lg">
        {network && (
          <Group gap={6} data-testid="network-status">
            {network.online ? <IconWifi size={16} aria-hidden /> : <IconWifiOff size={16} color="var(--mantine-color-red-6)" aria-hidden />}
            <Text size="xs" fw={network.online ? 400 : 700} c={network.online ? undefined : 'red'}>
              {network.online ? t('status.online') : t('status.offlineSince', { time })}
            </Text>
          </Group>
        )}
      </Group>
      <Group gap="lg">
        {info && (
          <Group gap={6} data-testid="runtime">
            {info.runtime === 'electron' ? <IconDeviceDesktop size={16} aria-hidden /> : <IconWorldWww size={16} aria-hidden />}
            <Text size="xs">
              {t(`status.runtime.${info.runtime}`)} · {info.version}
            </Text>
          </Group>
        )}
      </Group>
    </Group>
  )
}
