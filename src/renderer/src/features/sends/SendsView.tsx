import { Button, Group, Loader, Stack, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import type { ChannelsListing } from '@shared/sends/types'
import { assertNever } from '@shared/util/assert-never'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorAlert } from '../../components/ErrorAlert'
import { enterSends, showSendsScreen } from '../../stores/sends/actions'
import { type SendsScope, type SendsScreen, useSendsStore } from '../../stores/sends/store'
import { useConnection } from '../connections/connection-queries'
import { useOpenScope } from '../project/project-queries'
import { BatchView } from './BatchView'
import { ChannelsPage } from './ChannelsPage'
import { ReportPage } from './ReportPage'
import { useChannels, useSendsFinished } from './sends-queries'
import { TaskList } from './TaskList'
import { notifyInBackground } from './notify'
import { SendWizard } from './wizard/SendWizard'

export type SendsPage = 'channels' | 'sends' | 'report'

/** The permission sends of the open project: channels and permissions, sends and tracking, the report. */
export function SendsView({ page }: { readonly page: SendsPage }) {
  const { t } = useTranslation()
  const scope = useOpenScope()
  const vendor = useConnection(scope?.connectionId)?.vendor
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
  const screen = useSendsStore((s) => s.screen)
  const channels = useChannels(scope)
  useEffect(() => enterSends(scope), [scope])
  useSendsFinished(scope, (p) => {
    const total = p.tasks.reduce((n, x) => n + x.task.authNum, 0)
    const done = p.tasks.reduce((n, x) => n + x.done, 0)
    const failed = p.tasks.reduce((n, x) => n + x.failed, 0)
    const body = t('sends.tracking.notifyBody', { done, count: total, failed })
    if (!notifyInBackground(t('sends.tracking.notifyTitle'), body))
      notifications.show({ title: t('sends.tracking.notifyTitle'), message: body, color: failed > 0 ? 'orange' : 'green' })
  })
  const listing = channels.data
  if (!listing)
    return channels.appError ? <ErrorAlert error={channels.appError} onRetry={() => void channels.refetch()} /> : <Loader aria-label={t('sends.loading')} />
  return (
    <>
      {channels.appError && <ErrorAlert error={channels.appError} onRetry={() => void channels.refetch()} />}
      {page === 'channels' ? <ChannelsPage listing={listing} /> : <Screen screen={screen} listing={listing} />}
    </>
  )
}

function Screen({ screen, listing }: { readonly screen: SendsScreen; readonly listing: ChannelsListing }) {
  const { t } = useTranslation()
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
      return <SendWizard channels={listing.channels} initial={screen.channelIds} />
    case 'batch':
      return <BatchView key={screen.taskIds.join(',')} taskIds={screen.taskIds} startedAt={screen.startedAt} />
    default:
      return assertNever(screen, 'screen')
  }
}
