import { Badge, Group, Paper, SegmentedControl, Select, Stack, Text, Title, UnstyledButton } from '@mantine/core'
import { CHECKLIST_STATES, type ChecklistDoor, type ChecklistFilter, type ChecklistState, type DoorCheck } from '@shared/domain/checklist'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorAlert } from '../../components/ErrorAlert'
import { doorCheckResultLabel, onlineLabel } from '../../i18n/labels'
import type { ProjectScope } from '../../stores/project/store'
import { VirtualRows } from '../people/VirtualRows'
import { FreshnessBanner } from '../project/FreshnessBanner'
import { useOpenScope } from '../project/project-queries'
import { useSiteZone } from '../site-zone/site-zone-queries'
import { readChecklistForExport, useChecklistPages, useChecklistSummary } from './checklist-queries'
import { checklistWords } from './door-text'
import { ExportMenu, type LoadExport } from '../../components/export/ExportMenu'
import { CHECKLIST_COLUMNS, checklistRows } from '@shared/checklist/rows'
import { ok } from '@shared/result'
import { DoorPanel } from './DoorPanel'
import { ProgressPanel } from './ProgressPanel'
import { buildingText, testLine } from './door-text'

const ROW_HEIGHT = 60

/** Every door of the project with the installer's own test of it: filter, pick a door, say whether it works. */
export function ChecklistView() {
  const scope = useOpenScope()
  return scope ? <Checklist key={`${scope.connectionId}/${scope.projectId}`} scope={scope} /> : null
}

function Checklist({ scope }: { readonly scope: ProjectScope }) {
  const { t, i18n } = useTranslation()
  const [state, setState] = useState<ChecklistState>('all')
  const [buildingKey, setBuildingKey] = useState<string | null>(null)
  const [selected, setSelected] = useState<ChecklistDoor | null>(null)
  const filter: ChecklistFilter = useMemo(() => ({ state, buildingKey }), [state, buildingKey])
  const { total, rows, error, ensure } = useChecklistPages(scope, filter)
  const summaryRead = useChecklistSummary(scope)
  const summary = summaryRead.data
  const siteZone = useSiteZone(scope).data?.siteZone?.zone ?? null
  // The list reads again after a test; the open door follows it while the list still shows it.
  const current = (selected && [...rows.values()].find((d) => d.key === selected.key)) ?? selected
  const onRecorded = (check: DoorCheck | null) => setSelected((door) => (door ? { ...door, check } : door))
  // The doors the filter shows, with their tests, in the window's language and the site's zone.
  const exportShown: LoadExport = async (onProgress) => {
    const read = await readChecklistForExport(scope, filter, onProgress)
    if (!read.ok) return read
    const words = checklistWords(t, i18n.language, siteZone ?? 'UTC', Date.now())
    const rows = checklistRows(read.value.items, words)
    return ok({
      title: t('checklist.title'),
      headers: CHECKLIST_COLUMNS.map((c) => t(`sends.pack.checklistColumns.${c}`)),
      rows: rows.map((row) => CHECKLIST_COLUMNS.map((c) => row[c])),
    })
  }

  return (
    <Stack gap="sm" h="calc(100vh - 52px - 30px - 2 * var(--mantine-spacing-lg))">
      <FreshnessBanner />
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            {t('checklist.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('checklist.intro')}
          </Text>
        </div>
        <Group gap="sm" align="flex-end">
          <Text size="sm" c="dimmed" data-testid="checklist-count">
            {total !== null ? t('checklist.count', { count: total }) : error ? '' : t('checklist.loading')}
          </Text>
          <ExportMenu load={exportShown} testId="export-checklist" />
        </Group>
      </Group>
      {summaryRead.appError ? (
        <ErrorAlert error={summaryRead.appError} onRetry={() => void summaryRead.refetch()} />
      ) : summary && summary.total.doors > 0 ? (
        <ProgressPanel summary={summary} />
      ) : null}
      <Group gap="sm" align="flex-end">
        <Stack gap={4}>
          <Text size="sm" fw={500} id="checklist-state-label">
            {t('checklist.filter.show')}
          </Text>
          <SegmentedControl
            data-testid="checklist-state"
            aria-labelledby="checklist-state-label"
            value={state}
            onChange={(v) => setState(v as ChecklistState)}
            data={CHECKLIST_STATES.map((s) => ({ value: s, label: t(`checklist.filter.${s}`) }))}
          />
        </Stack>
        <Select
          label={t('checklist.filter.building')}
          placeholder={t('checklist.filter.allBuildings')}
          data={(summary?.buildings ?? [])
            .filter((b) => b.buildingKey !== null)
            .map((b) => ({ value: b.buildingKey ?? '', label: `${buildingText(t, b)} (${b.doors})` }))}
          value={buildingKey}
          onChange={setBuildingKey}
          clearable
          searchable
          w={240}
        />
      </Group>
      <Group align="stretch" gap="md" style={{ flex: 1, minHeight: 0 }} wrap="nowrap">
        <Paper withBorder style={{ flex: 3, minWidth: 0, display: 'flex', flexDirection: 'column' }}>
          {error && total === null ? (
            <Stack p="md" w="100%">
              <ErrorAlert error={error} />
            </Stack>
          ) : total === 0 ? (
            <Text p="md" size="sm" data-testid="checklist-empty">
              {summary?.total.doors === 0 ? t('checklist.empty') : t('checklist.none')}
            </Text>
          ) : (
            <VirtualRows
              label={t('checklist.title')}
              testId="checklist-list"
              total={total ?? 0}
              rows={rows}
              rowHeight={ROW_HEIGHT}
              height="100%"
              ensure={ensure}
              render={(door) => <DoorRow door={door} selected={current?.key === door.key} onSelect={() => setSelected(door)} siteZone={siteZone} />}
            />
          )}
        </Paper>
        <Paper withBorder p="md" style={{ flex: 2, minWidth: 300, overflow: 'auto' }}>
          {current ? <DoorPanel scope={scope} door={current} siteZone={siteZone} onRecorded={onRecorded} /> : null}
        </Paper>
      </Group>
    </Stack>
  )
}

function DoorRow(props: { readonly door: ChecklistDoor; readonly selected: boolean; readonly onSelect: () => void; readonly siteZone: string | null }) {
  const { t, i18n } = useTranslation()
  const { door } = props
  const result = door.check?.result
  return (
    <UnstyledButton
      onClick={props.onSelect}
      aria-pressed={props.selected}
      w="100%"
      h="100%"
      px="md"
      data-testid="checklist-row"
      style={{
        borderBottom: '1px solid var(--mantine-color-default-border)',
        background: props.selected ? 'var(--mantine-primary-color-light)' : undefined,
      }}
    >
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <div style={{ minWidth: 0 }}>
          <Text size="sm" fw={600} truncate>
            {door.name}
          </Text>
          <Text size="xs" c="dimmed" truncate>
            {[buildingText(t, door), door.deviceName, t(`checklist.kind.${door.kind}`)].join(' · ')}
          </Text>
        </div>
        <Stack gap={2} align="flex-end" style={{ flexShrink: 0 }}>
          <Group gap={6} wrap="nowrap">
            {!door.online && (
              <Badge color="gray" variant="outline" size="sm">
                {onlineLabel(t, false)}
              </Badge>
            )}
            <Badge
              color={result === 'fault' ? 'red' : result === 'passed' ? 'teal.9' : 'gray'}
              variant={result ? 'filled' : 'light'}
              size="sm"
              data-testid="checklist-result"
            >
              {result ? doorCheckResultLabel(t, result) : t('checklist.row.untested')}
            </Badge>
          </Group>
          {door.check && (
            <Text size="xs" c="dimmed">
              {testLine(t, i18n.language, door.check, props.siteZone ?? undefined)}
            </Text>
          )}
        </Stack>
      </Group>
    </UnstyledButton>
  )
}
