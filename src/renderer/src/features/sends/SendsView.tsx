import { Button, Group, Loader, Stack, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { assertNever } from '@shared/util/assert-never'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorAlert } from '../../components/ErrorAlert'
import { followSends, loadChannels, openSends, showSendsScreen } from '../../stores/sends/actions'
import { type SendsScope, type SendsScreen, useSendsStore } from '../../stores/sends/store'
import { useConnectionsStore } from '../../stores/connections/store'
import { useProjectStore } from '../../stores/project/store'
import { BatchView } from './BatchView'
import { ChannelsPage } from './ChannelsPage'
import { ReportPage } from './ReportPage'
import { TaskList } from './TaskList'
import { notifyInBackground } from './notify'
import { SendWizard } from './wizard/SendWizard'

export type SendsPage = 'channels' | 'sends' | 'report'

/** The permission sends of the open project: channels and permissions, sends and tracking, the report. */
export function SendsView({ page }: { readonly page: SendsPage }) {
  const { t } = useTranslation()
  const scope = useProjectStore((s) => s.scope)
  const vendor = useConnectionsStore((s) => s.list.find((c) => c.id === scope?.connectionId)?.vendor)
  const title = (
    <Title order={1} size="h2">
      {t(`sends.title.${page}`)}
    </Title>
  )
  if (!scope)
    return (
      <Stack>
        {title}
        <Text c="dimmed">{t('sends.noProject')}</Text>
      </Stack>
    )
  if (page === 'report')
    return (
      <Stack>
        {title}
        <ReportPage scope={scope} />
      </Stack>
    )
  if (vendor !== 'tuya')
    return (
      <Stack>
        {title}
        <Text c="dimmed">{t('sends.tuyaOnly')}</Text>
      </Stack>
    )
  return (
    <Stack>
      {title}
      <Tuya key={`${scope.connectionId}/${scope.projectId}`} scope={scope} page={page} />
    </Stack>
  )
}

function Tuya({ scope, page }: { readonly scope: SendsScope; readonly page: 'channels' | 'sends' }) {
  const { t } = useTranslation()
  const { listing, error, screen } = useSendsStore()
  useEffect(() => {
    void openSends(scope)
    return followSends((p) => {
      const total = p.tasks.reduce((n, x) => n + x.task.authNum, 0)
      const done = p.tasks.reduce((n, x) => n + x.done, 0)
      const failed = p.tasks.reduce((n, x) => n + x.failed, 0)
      const body = t('sends.tracking.notifyBody', { done, total, failed })
      if (!notifyInBackground(t('sends.tracking.notifyTitle'), body))
        notifications.show({ title: t('sends.tracking.notifyTitle'), message: body, color: failed > 0 ? 'orange' : 'green' })
    })
  }, [scope, t])
  if (error && !listing) return <ErrorAlert error={error} onRetry={() => void loadChannels()} />
  if (!listing) return <Loader aria-label={t('sends.loading')} />
  if (page === 'channels') return <ChannelsPage listing={listing} />
  return <Screen screen={screen} />
}

function Screen({ screen }: { readonly screen: SendsScreen }) {
  const { t } = useTranslation()
  const listing = useSendsStore((s) => s.listing)
  switch (screen.kind) {
    case 'tasks':
      return (
        <Stack>
          <Group>
            <Button onClick={() => showSendsScreen({ kind: 'wizard', channelIds: [] })}>{t('sends.wizard.new')}</Button>
          </Group>
          <TaskList />
        </Stack>
      )
    case 'wizard':
      return <SendWizard channels={listing?.channels ?? []} initial={screen.channelIds} />
    case 'batch':
      return <BatchView key={screen.taskIds.join(',')} taskIds={screen.taskIds} />
    case 'task':
      return <BatchView key={screen.taskId} taskIds={[screen.taskId]} />
    default:
      return assertNever(screen, 'screen')
  }
}
