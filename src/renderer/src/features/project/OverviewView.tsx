import { Alert, Button, Group, Loader, Paper, Progress, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core'
import { CACHE_COLLECTIONS, type CacheCollection } from '@shared/domain/sync'
import { IconInbox, IconPlayerStop, IconRefresh } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { ErrorAlert } from '../../components/ErrorAlert'
import { deviceTypeLabel } from '../../i18n/labels'
import { useResultMutation } from '../../query/use-result-mutation'
import { cancelSync, openProject, startSync } from '../../stores/project/actions'
import { type ProjectScope, useProjectStore } from '../../stores/project/store'
import { syncNow } from './sync-now'
import { showSection } from '../../stores/ui/store'
import { useConnection } from '../connections/connection-queries'
import { FreshnessBanner } from './FreshnessBanner'
import { liveCount } from './live-count'
import { DeviceStatusSince } from './DeviceStatusSince'
import { OnlineBadge } from './OnlineBadge'
import { formatNumber, formatWhen } from '../../i18n/format'
import { useOfflineDevices, useOpenScope, useOverview, useSyncOutcome, useSyncProgress } from './project-queries'

const AKUVOX: readonly CacheCollection[] = ['devices', 'accessGroups', 'accounts', 'staffAccesses']
const TUYA: readonly CacheCollection[] = ['channels', 'organisations', 'persons', 'recycledPersons', 'accessAuths', 'authTasks']

/** The open project at a glance: how fresh, what is cached, offline devices first, the outbox. */
export function OverviewView() {
  const scope = useOpenScope()
  return scope ? <Overview key={`${scope.connectionId}/${scope.projectId}`} scope={scope} /> : null
}

function Overview({ scope }: { readonly scope: ProjectScope }) {
  const { t, i18n } = useTranslation()
  const query = useOverview(scope)
  const openError = useProjectStore((s) => s.openError)
  const lastOutcome = useSyncOutcome(scope)
  const connection = useConnection(scope.connectionId)
  const progress = useSyncProgress(scope)
  const view = query.data
  // A refusal to start or stop stays here, next to the button, until the next try.
  const starting = useResultMutation(() => startSync())
  const cancelling = useResultMutation(() => cancelSync())
  const syncError = starting.appError ?? cancelling.appError
  if (!view) return query.appError ? <ErrorAlert error={query.appError} onRetry={() => void query.refetch()} /> : <Loader />
  const { overview } = view
  const shown = connection?.vendor === 'tuya' ? TUYA : AKUVOX
  return (
    <Stack gap="lg" maw={1000}>
      <FreshnessBanner />
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1} size="h2">
            {view.projectName ?? scope.projectId}
          </Title>
          <Text c="dimmed" size="sm" data-testid="as-of">
            {connection?.label} ·{' '}
            {overview.sync.asOf === null
              ? t('project.overview.neverSynced')
              : t('project.overview.asOf', { time: formatWhen(overview.sync.asOf, i18n.language) })}
          </Text>
        </div>
        {view.syncing ? (
          <Button
            variant="default"
            color="red"
            leftSection={<IconPlayerStop size={16} aria-hidden />}
            loading={cancelling.isPending}
            onClick={() => cancelling.mutate(undefined)}
          >
            {t('project.overview.cancelSync')}
          </Button>
        ) : (
          <Button leftSection={<IconRefresh size={16} aria-hidden />} loading={starting.isPending} onClick={() => starting.mutate(undefined)}>
            {t('project.overview.syncNow')}
          </Button>
        )}
      </Group>
      {openError && <ErrorAlert error={openError} onRetry={() => void openProject(scope, { show: false })} />}
      {query.appError && <ErrorAlert error={query.appError} onRetry={() => void query.refetch()} />}
      {syncError && <ErrorAlert error={syncError} />}
      {view.syncing && <SyncProgressPanel scope={scope} collections={shown} />}
      {!view.syncing && lastOutcome && <OutcomeNote scope={scope} />}
      {overview.outboxCount > 0 && (
        <Alert color="blue" icon={<IconInbox size={18} aria-hidden />}>
          <Group justify="space-between">
            <Text size="sm">{t('project.overview.outboxPending', { count: overview.outboxCount })}</Text>
            <Button size="xs" variant="light" onClick={() => showSection('outbox')}>
              {t('project.overview.reviewOutbox')}
            </Button>
          </Group>
        </Alert>
      )}
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('project.overview.counts')}
        </Title>
        <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} data-testid="counts">
          {connection?.vendor !== 'tuya' && <Count label={t('project.collections.buildings')} value={overview.buildings} />}
          {shown.map((c) => (
            <Count key={c} label={t(`project.collections.${c}`)} value={liveCount(overview.counts[c], progress[c], view.syncing)} />
          ))}
          <Count label={t('project.collections.devicesOffline')} value={overview.devicesOffline} alert={overview.devicesOffline > 0} />
        </SimpleGrid>
      </Stack>
      <OfflineDevices scope={scope} offline={overview.devicesOffline} />
    </Stack>
  )
}

function Count({ label, value, alert = false }: { readonly label: string; readonly value: number; readonly alert?: boolean }) {
  const { i18n } = useTranslation()
  return (
    <Paper withBorder p="sm">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="xl" fw={700} c={alert ? 'red' : undefined}>
        {formatNumber(value, i18n.language)}
      </Text>
    </Paper>
  )
}

function SyncProgressPanel({ scope, collections }: { readonly scope: ProjectScope; readonly collections: readonly CacheCollection[] }) {
  const { t } = useTranslation()
  const progress = useSyncProgress(scope)
  const active = CACHE_COLLECTIONS.filter((c) => progress[c] || collections.includes(c))
  return (
    <Paper withBorder p="md" data-testid="sync-progress" aria-live="polite">
      <Text fw={600} mb="xs">
        {t('project.overview.syncing')}
      </Text>
      <Stack gap={8}>
        {active.map((c) => {
          const p = progress[c]
          const percent = p?.total ? Math.min(100, (p.done / p.total) * 100) : p ? 50 : 0
          return (
            <div key={c}>
              <Group justify="space-between">
                <Text size="sm">{t(`project.collections.${c}`)}</Text>
                <Text size="xs" c="dimmed">
                  {p
                    ? p.total === null
                      ? t('project.overview.progressItemsUnknown', { done: p.done })
                      : t('project.overview.progressItems', { done: p.done, total: p.total })
                    : '—'}
                  {p?.itemsPerSecond ? ` · ${t('project.overview.perSecond', { rate: Math.round(p.itemsPerSecond) })}` : ''}
                </Text>
              </Group>
              <Progress value={percent} animated={p !== undefined && p.total === null} aria-label={t(`project.collections.${c}`)} />
            </div>
          )
        })}
      </Stack>
    </Paper>
  )
}

function OutcomeNote({ scope }: { readonly scope: ProjectScope }) {
  const { t } = useTranslation()
  const outcome = useSyncOutcome(scope)
  if (!outcome) return null
  if (outcome.kind === 'finished') {
    const { pagesWritten, requests } = outcome.summary
    return (
      <Text size="sm" c="dimmed" data-testid="sync-outcome">
        {pagesWritten === 0 ? t('project.overview.syncUnchanged') : t('project.overview.syncDone', { pages: pagesWritten, requests })}
      </Text>
    )
  }
  if (outcome.error.code === 'cancelled') {
    return (
      <Text size="sm" data-testid="sync-outcome">
        {t('project.overview.syncCancelled')}
      </Text>
    )
  }
  return (
    <Stack gap="xs" data-testid="sync-outcome">
      <Text size="sm">{t('project.overview.syncFailed')}</Text>
      <ErrorAlert error={outcome.error} onRetry={() => void syncNow()} />
    </Stack>
  )
}

function OfflineDevices({ scope, offline }: { readonly scope: ProjectScope; readonly offline: number }) {
  const { t } = useTranslation()
  const query = useOfflineDevices(scope, offline > 0)
  const devices = query.data?.items ?? []
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={2} size="h4">
          {t('project.overview.offlineDevices')}
        </Title>
        <Button size="xs" variant="subtle" onClick={() => showSection('devices')}>
          {t('project.overview.showAllDevices')}
        </Button>
      </Group>
      {offline === 0 ? (
        <Text size="sm">{t('project.overview.noOfflineDevices')}</Text>
      ) : query.appError ? (
        <ErrorAlert error={query.appError} onRetry={() => void query.refetch()} />
      ) : (
        <Paper withBorder>
          <Table data-testid="offline-devices">
            <Table.Tbody>
              {devices.map((d) => (
                <Table.Tr key={d.deviceId}>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {d.name}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {[d.buildingName, deviceTypeLabel(t, d.deviceType)].filter(Boolean).join(' · ')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <OnlineBadge online={d.online} />
                  </Table.Td>
                  <Table.Td>
                    <DeviceStatusSince device={d} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
    </Stack>
  )
}
