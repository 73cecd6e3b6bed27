import { Alert, Badge, Group, Paper, Select, Stack, Switch, Text, TextInput, Title } from '@mantine/core'
import { ACTIVITY_RESULTS, type ActivityEntry, type ActivityResult } from '@shared/domain/activity'
import { FIELD_LIMITS } from '@shared/field-limits'
import { IconSearch } from '@tabler/icons-react'
import { useCallback, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorAlert } from '../../components/ErrorAlert'
import { formatDateTime } from '../../i18n/format'
import { useProjectStore } from '../../stores/project/store'
import { setActivityProjectOnly, useUiStore } from '../../stores/ui/store'
import { VirtualRows } from '../people/VirtualRows'
import { useSiteZone } from '../site-zone/site-zone-queries'
import { type ActivityFilter, readActivityForExport, useActivityPage, useInstaller } from './activity-queries'
import { ExportMenu, type LoadExport } from '../../components/export/ExportMenu'
import { ACTIVITY_COLUMNS, activityRows } from '@shared/activity/activity-rows'
import { ok } from '@shared/result'
import { activityWords, describeActivity, reasonText, RESULT_COLOR, resultLabel } from './describe-activity'
import { InstallerNameForm } from './InstallerNameForm'

const ROW_HEIGHT = 64
const DAY = 24 * 60 * 60 * 1000
const PERIODS = { all: null, day: DAY, week: 7 * DAY, month: 30 * DAY } as const
type Period = keyof typeof PERIODS

/** Every change made through Fieldkey, newest first: the whole app's, or the open project's. */
export function ActivityLogView() {
  const { t, i18n } = useTranslation()
  const scope = useProjectStore((s) => s.scope)
  const projectOnly = useUiStore((s) => s.activityProjectOnly) && scope !== null
  const [search, setSearch] = useState('')
  const [result, setResult] = useState<ActivityResult | null>(null)
  const [period, setPeriod] = useState<Period>('all')
  // The period's start is fixed when it is chosen, so the query key stays the same while it is shown.
  const [from, setFrom] = useState<number | null>(null)
  const filter: ActivityFilter = useMemo(() => ({ search, result, scope: projectOnly ? scope : null, from }), [search, result, projectOnly, scope, from])
  const page = useActivityPage(filter)
  const installer = useInstaller()
  const siteZone = useSiteZone(scope).data?.siteZone?.zone
  const zoneOf = useCallback(
    (e: ActivityEntry) => (scope && e.connectionId === scope.connectionId && e.projectId === scope.projectId ? siteZone : undefined),
    [scope, siteZone],
  )
  // The entries the filters show, in the window's language, each time in its project's site zone where known.
  const exportShown: LoadExport = async (onProgress) => {
    const read = await readActivityForExport(filter, onProgress)
    if (!read.ok) return read
    const rows = activityRows(read.value.items, activityWords(t, i18n.language, zoneOf))
    return ok({
      title: t('activity.title'),
      headers: ACTIVITY_COLUMNS.map((c) => t(`sends.pack.activityColumns.${c}`)),
      rows: rows.map((row) => ACTIVITY_COLUMNS.map((c) => row[c])),
    })
  }
  return (
    <Stack gap="md" h="calc(100vh - 140px)">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            {t('activity.title')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('activity.intro')}
          </Text>
        </div>
        <ExportMenu load={exportShown} testId="export-activity" />
      </Group>
      {installer.data && installer.data.name === null && (
        <Alert color="yellow" title={t('activity.installer.missingTitle')} data-testid="installer-prompt">
          <InstallerNameForm current={null} />
        </Alert>
      )}
      <Group gap="sm" align="flex-end">
        <TextInput
          label={t('activity.filter.search')}
          placeholder={t('activity.filter.searchPlaceholder')}
          leftSection={<IconSearch size={14} aria-hidden />}
          value={search}
          maxLength={FIELD_LIMITS.search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          data-testid="activity-search"
          w={260}
        />
        <Select
          label={t('activity.filter.result')}
          data={[{ value: 'all', label: t('activity.filter.anyResult') }, ...ACTIVITY_RESULTS.map((r) => ({ value: r, label: resultLabel(t, r) }))]}
          value={result ?? 'all'}
          onChange={(v) => setResult(v === null || v === 'all' ? null : (v as ActivityResult))}
          allowDeselect={false}
          data-testid="activity-result"
          w={170}
        />
        <Select
          label={t('activity.filter.period')}
          data={(Object.keys(PERIODS) as Period[]).map((p) => ({ value: p, label: t(`activity.period.${p}`) }))}
          value={period}
          onChange={(v) => {
            const next = (v ?? 'all') as Period
            setPeriod(next)
            const span = PERIODS[next]
            setFrom(span === null ? null : Date.now() - span)
          }}
          allowDeselect={false}
          w={170}
        />
        {scope && (
          <Switch
            label={t('activity.filter.projectOnly')}
            checked={projectOnly}
            onChange={(e) => setActivityProjectOnly(e.currentTarget.checked)}
            data-testid="activity-project-only"
            mb={8}
          />
        )}
      </Group>
      {page.error && <ErrorAlert error={page.error} />}
      {page.total !== null && (
        <Text size="sm" c="dimmed" aria-live="polite" data-testid="activity-count">
          {t('activity.count', { count: page.total })}
        </Text>
      )}
      {page.total === 0 ? (
        <Text size="sm" data-testid="activity-empty">
          {search === '' && result === null && period === 'all' ? t('activity.none') : t('activity.empty')}
        </Text>
      ) : (
        <Paper withBorder style={{ flex: 1, minHeight: 0 }}>
          <VirtualRows<ActivityEntry>
            label={t('activity.title')}
            total={page.total ?? 0}
            rows={page.rows}
            rowHeight={ROW_HEIGHT}
            height="100%"
            ensure={page.ensure}
            testId="activity-list"
            render={(entry) => <ActivityRow entry={entry} zone={zoneOf(entry)} />}
          />
        </Paper>
      )}
    </Stack>
  )
}

function ActivityRow({ entry, zone }: { readonly entry: ActivityEntry; readonly zone: string | undefined }) {
  const { t, i18n } = useTranslation()
  const where = [entry.connectionLabel, entry.projectName].filter((s) => s !== '').join(' · ')
  const named = entry.operation.target === '' ? 0 : entry.operation.target.split(', ').length
  const more = Math.max(0, (entry.operation.params.doors ?? 0) - named)
  const target = more > 0 ? t('activity.targetMore', { target: entry.operation.target, count: more }) : entry.operation.target
  return (
    <Group
      wrap="nowrap"
      gap="md"
      px="md"
      h="100%"
      align="center"
      style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}
      data-testid="activity-row"
      data-result={entry.result}
    >
      <Stack gap={0} w={170} style={{ flexShrink: 0 }}>
        <Text size="sm">{formatDateTime(entry.at, i18n.language, zone ? { timeZone: zone } : {})}</Text>
        <Text size="xs" c="dimmed" truncate>
          {entry.installer ?? t('activity.noInstaller')}
        </Text>
      </Stack>
      <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
        <Text size="sm" fw={500} truncate data-testid="activity-what">
          {describeActivity(t, entry)}
        </Text>
        <Text size="xs" c="dimmed" truncate>
          {[where, target && t('activity.target', { target })].filter(Boolean).join(' — ')}
        </Text>
        {(entry.reason || entry.requestId) && (
          <Text size="xs" c={entry.result === 'failed' ? 'red' : 'dimmed'} truncate data-testid="activity-reason">
            {[entry.reason && reasonText(t, entry.reason), entry.requestId && t('activity.requestId', { id: entry.requestId })].filter(Boolean).join(' · ')}
          </Text>
        )}
      </Stack>
      <Badge color={RESULT_COLOR[entry.result]} variant="light" style={{ flexShrink: 0 }} data-testid="activity-result-badge">
        {resultLabel(t, entry.result)}
      </Badge>
    </Group>
  )
}
