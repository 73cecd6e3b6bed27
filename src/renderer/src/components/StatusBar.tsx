import { Group, Text, UnstyledButton } from '@mantine/core'
import { IconDeviceDesktop, IconInbox, IconRefresh, IconWifi, IconWifiOff, IconWorldWww } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useAppInfo, useNetwork } from '../app/app-queries'
import { formatTime, formatWhen } from '../i18n/format'
import { useOpenScope, useOutbox, useOverview } from '../features/project/project-queries'
import { useOpenConnection } from '../features/connections/connection-queries'
import { showSection } from '../stores/ui/store'
import { ConnectionStateBadge } from './ConnectionStateBadge'
import { connectionName } from '../i18n/labels'

/**
 * Always-visible facts in words and icons (never colour alone): how Fieldkey runs, and the open
 * project's connection state (the same value as the sidebar's), or the network without one.
 */
export function StatusBar() {
  const { t, i18n } = useTranslation()
  const info = useAppInfo().data
  const network = useNetwork().data
  const openConnection = useOpenConnection()
  const time = network ? formatTime(network.since, i18n.language) : ''
  const view = useOverview(useOpenScope()).data
  const outboxCount = useOutbox().data?.length ?? 0
  return (
    <Group h="100%" px="md" gap="lg" justify="space-between" role="status" aria-label={t('status.label')}>
      <Group gap="lg">
        {openConnection ? (
          <Group gap={6} data-testid="connection-status">
            <Text size="xs">{t('status.connection', { label: connectionName(t, openConnection) })}</Text>
            <ConnectionStateBadge state={openConnection.state} withSince />
          </Group>
        ) : (
          network && (
            <Group gap={6} data-testid="network-status">
              {network.online ? <IconWifi size={16} aria-hidden /> : <IconWifiOff size={16} color="var(--mantine-color-red-6)" aria-hidden />}
              <Text size="xs" fw={network.online ? 400 : 700} c={network.online ? undefined : 'red'}>
                {network.online ? t('status.online') : t('status.offlineSince', { time })}
              </Text>
            </Group>
          )
        )}
        {view && (
          <Group gap={6} data-testid="last-sync">
            <IconRefresh size={16} aria-hidden />
            <Text size="xs">
              {view.syncing
                ? t('project.overview.syncing')
                : view.overview.sync.asOf === null
                  ? t('project.overview.neverSynced')
                  : t('project.status.asOf', { time: formatWhen(view.overview.sync.asOf, i18n.language) })}
            </Text>
          </Group>
        )}
        {outboxCount > 0 && (
          <UnstyledButton onClick={() => showSection('outbox')} data-testid="outbox-status">
            <Group gap={6}>
              <IconInbox size={16} aria-hidden />
              <Text size="xs" fw={700}>
                {t('project.status.outbox', { count: outboxCount })}
              </Text>
            </Group>
          </UnstyledButton>
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
