import { Alert, Badge, Button, Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { parseDays, utcToLocal } from '@shared/schedule'
import { IconArrowLeft, IconLock, IconPencil, IconTrash, IconUsers } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorAlert } from '../../components/ErrorAlert'
import { showScreen } from '../../stores/access-groups/actions'
import type { GroupsScope } from '../../stores/access-groups/store'
import { DeleteDialog } from './DeleteDialog'
import { DoorsOnSite } from './DoorsOnSite'
import { MembersPanel } from './MembersPanel'
import { useGroupDetail } from './group-queries'
import { PendingBadge } from './PendingBadge'
import { ResidentsDialog } from './ResidentsDialog'
import { ScheduleNotes } from './ScheduleNotes'
import { daysText, utcScheduleText } from './schedule-text'

/** One group: schedule in site time (and how it is stored), its doors on the site tree, actions. */
export function GroupDetail({ scope, id, zone }: { readonly scope: GroupsScope; readonly id: string; readonly zone: string }) {
  const { t } = useTranslation()
  const query = useGroupDetail(scope, id)
  const detail = query.data
  const [dialog, setDialog] = useState<'delete' | 'residents' | null>(null)
  const [now] = useState(() => Date.now())
  const back = (
    <Button variant="subtle" leftSection={<IconArrowLeft size={16} aria-hidden />} onClick={() => showScreen({ kind: 'list' })} w="fit-content">
      {t('accessGroups.detail.back')}
    </Button>
  )
  if (query.appError)
    return (
      <Stack>
        {back}
        <ErrorAlert error={query.appError} onRetry={() => void query.refetch()} />
      </Stack>
    )
  if (!detail) return <Loader aria-label={t('accessGroups.loading')} />
  const { row } = detail
  const local = utcToLocal(row.schedule, zone, now)
  const queuedCreate = row.pending?.kind === 'create'
  return (
    <Stack gap="md" data-testid="group-detail">
      {back}
      <Group justify="space-between" align="flex-start">
        <Group gap="xs">
          <Title order={1} size="h2">
            {row.name}
          </Title>
          <Badge variant="outline" color={row.readOnly ? 'gray' : 'blue'}>
            {t(row.readOnly ? 'accessGroups.type.system' : 'accessGroups.type.customized')}
          </Badge>
          {row.pending && <PendingBadge pending={row.pending} />}
        </Group>
        <Group gap="xs">
          <Button
            leftSection={<IconPencil size={16} aria-hidden />}
            disabled={row.readOnly || row.pending?.kind === 'delete'}
            onClick={() => showScreen({ kind: 'edit', id: row.id })}
          >
            {t('accessGroups.detail.edit')}
          </Button>
          <Button variant="default" leftSection={<IconUsers size={16} aria-hidden />} disabled={queuedCreate} onClick={() => setDialog('residents')}>
            {t('accessGroups.detail.residents')}
          </Button>
          <Button color="red" variant="light" leftSection={<IconTrash size={16} aria-hidden />} disabled={row.readOnly} onClick={() => setDialog('delete')}>
            {t('accessGroups.detail.delete')}
          </Button>
        </Group>
      </Group>
      {row.readOnly && (
        <Alert icon={<IconLock size={16} aria-hidden />} color="gray">
          {t('accessGroups.detail.readOnly')}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Paper withBorder p="sm">
          <Text size="xs" c="dimmed">
            {t('accessGroups.detail.schedule')}
          </Text>
          <Text fw={600}>{utcScheduleText(t, row.schedule, zone, now)}</Text>
          <Text size="xs" c="dimmed">
            {t('accessGroups.detail.utc', {
              start: row.schedule.startTime,
              finish: row.schedule.finishTime,
              days: daysText(t, parseDays(row.schedule.availableDays)) || '—',
            })}
          </Text>
        </Paper>
        <Paper withBorder p="sm">
          <Text size="xs" c="dimmed">
            {t('accessGroups.list.users')}
          </Text>
          <Text fw={600}>{row.userCount}</Text>
        </Paper>
        <Paper withBorder p="sm">
          <Text size="xs" c="dimmed">
            {t('accessGroups.list.created')}
          </Text>
          <Text fw={600}>{row.createdTime ? t('accessGroups.detail.createdUtc', { time: row.createdTime }) : t('accessGroups.list.notYet')}</Text>
        </Paper>
      </SimpleGrid>
      {local.ok && <ScheduleNotes notes={local.notes} />}
      <MembersPanel scope={scope} id={row.id} />
      <Title order={2} size="h4">
        {t('accessGroups.detail.doors')}
      </Title>
      {detail.doors === null ? <Text c="dimmed">{t('accessGroups.detail.doorsUnknown')}</Text> : <DoorsOnSite doors={detail.doors} />}
      {dialog === 'delete' && (
        <DeleteDialog
          scope={scope}
          groups={[row]}
          onClose={(deleted) => {
            setDialog(null)
            if (deleted) showScreen({ kind: 'list' })
          }}
        />
      )}
      {dialog === 'residents' && <ResidentsDialog scope={scope} group={row} onClose={() => setDialog(null)} />}
    </Stack>
  )
}
