import { Badge, Button, Checkbox, Group, SegmentedControl, Stack, Text, TextInput } from '@mantine/core'
import { useVirtualizer } from '@tanstack/react-virtual'
import { type ColumnMapping, STAFF_FIELDS, type StaffField } from '@shared/people/columns'
import { type RowCheck, countChecks } from '@shared/people/import-check'
import { rejectedCsv } from '@shared/people/csv-export'
import { type RawStaffRow, withCell } from '@shared/people/import-row'
import { IconDownload } from '@tabler/icons-react'
import { useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { duplicateText } from '../../../lib/duplicate-text'
import { downloadText } from './download'
import { problemText } from './problem-text'

const OK_HEIGHT = 40
const REJECTED_HEIGHT = 108
const STATUS_COLOR = { ok: 'green', exists: 'gray', duplicate: 'orange' } as const

interface Props {
  readonly rows: readonly RawStaffRow[]
  readonly checks: readonly RowCheck[]
  readonly mapping: ColumnMapping
  readonly fileName: string
  readonly onRows: (rows: readonly RawStaffRow[]) => void
  readonly onCreate: () => void
  /** Rows whose PIN or card someone holds are created only when the installer ticks this. */
  readonly keepDuplicates: boolean
  readonly onKeepDuplicates: (keep: boolean) => void
  /** A fixed row is being checked again: nothing is created or exported from the old checks. */
  readonly stale?: boolean
}

/** The lines of the rows the "keep duplicates" choice affects, the first few when there are many. */
function duplicateLines(checks: readonly RowCheck[]): string {
  const lines = checks.filter((c) => c.kind === 'duplicate').map((c) => c.line)
  const shown = lines.slice(0, 12).join(', ')
  return lines.length > 12 ? `${shown} …` : shown
}

/**
 * Every row with its problems; rejected rows are fixed here, in place, and checked again at once.
 * Rows with a PIN or card someone holds are listed with the holder and created only if the
 * installer keeps them, in a choice that names their lines.
 */
export function PreviewStep(props: Props) {
  const { t } = useTranslation()
  const [show, setShow] = useState<'problems' | 'all'>('problems')
  const counts = countChecks(props.checks)
  const indexes = useMemo(
    () => props.checks.flatMap((c, i) => (show === 'all' || c.kind === 'rejected' || c.kind === 'duplicate' ? [i] : [])),
    [props.checks, show],
  )
  const creating = counts.ok + (props.keepDuplicates ? counts.duplicate : 0)
  const fix = (index: number, field: StaffField, value: string) => {
    const next = [...props.rows]
    next[index] = withCell(props.rows[index] as RawStaffRow, field, value)
    props.onRows(next)
  }
  const exportRejected = () => {
    const csv = rejectedCsv(props.rows, props.checks, props.mapping, (p) => problemText(t, p), {
      line: t('people.import.lineColumn'),
      problems: t('people.import.problemsColumn'),
    })
    downloadText(props.fileName.replace(/\.csv$/i, '') + '-rejected.csv', csv)
  }
  return (
    <Stack gap="sm" mt="md" data-testid="preview-step">
      <Group gap="xs" aria-live="polite">
        <Badge color="green" variant="light" data-testid="count-ok">
          {t('people.import.countOk', { count: counts.ok })}
        </Badge>
        <Badge color="gray" variant="light" data-testid="count-exists">
          {t('people.import.countExists', { count: counts.exists })}
        </Badge>
        <Badge color="orange" variant="light" data-testid="count-duplicate">
          {t('duplicates.import.count', { count: counts.duplicate })}
        </Badge>
        <Badge color="red" variant="light" data-testid="count-rejected">
          {t('people.import.countRejected', { count: counts.rejected })}
        </Badge>
      </Group>
      <Group justify="space-between">
        <SegmentedControl
          aria-label={t('people.import.show')}
          value={show}
          onChange={(v) => setShow(v === 'all' ? 'all' : 'problems')}
          data={[
            { value: 'problems', label: t('people.import.showProblems') },
            { value: 'all', label: t('people.import.showAll') },
          ]}
        />
        <Group gap="xs">
          <Button
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden />}
            disabled={counts.rejected === 0 || props.stale === true}
            onClick={exportRejected}
            data-testid="export-rejected"
          >
            {t('people.import.exportRejected', { count: counts.rejected })}
          </Button>
          <Button disabled={creating === 0 || props.stale === true} onClick={props.onCreate} data-testid="create-rows">
            {t('people.import.createRows', { count: creating })}
          </Button>
        </Group>
      </Group>
      {counts.duplicate > 0 && (
        <Checkbox
          color="orange"
          checked={props.keepDuplicates}
          onChange={(e) => props.onKeepDuplicates(e.currentTarget.checked)}
          label={t('duplicates.import.keep', { count: counts.duplicate, lines: duplicateLines(props.checks) })}
          description={t('duplicates.import.keepHelp')}
          data-testid="keep-duplicates"
        />
      )}
      {counts.rejected > 0 && (
        <Text size="xs" c="dimmed">
          {t('people.import.fixHelp')}
        </Text>
      )}
      <Grid indexes={indexes} {...props} onFix={fix} />
    </Stack>
  )
}

function Grid(props: Props & { readonly indexes: readonly number[]; readonly onFix: (index: number, field: StaffField, value: string) => void }) {
  const { t } = useTranslation()
  const parent = useRef<HTMLDivElement>(null)
  const fields = STAFF_FIELDS.filter((f) => props.mapping[f] !== undefined)
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual returns fresh functions by design.
  const virtualizer = useVirtualizer({
    count: props.indexes.length,
    getScrollElement: () => parent.current,
    estimateSize: (i) => (props.checks[props.indexes[i] as number]?.kind === 'rejected' ? REJECTED_HEIGHT : OK_HEIGHT),
    // Keyed by the row, not by its place: when a fixed row leaves the list, the inputs of the rows
    // below must not inherit its (uncontrolled) cell text.
    getItemKey: (i) => props.indexes[i] as number,
    overscan: 8,
  })
  return (
    <div
      ref={parent}
      style={{ overflow: 'auto', height: 'calc(100vh - 380px)', minHeight: 240 }}
      role="list"
      aria-label={t('people.import.rows')}
      data-testid="preview-grid"
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const index = props.indexes[item.index] as number
          const row = props.rows[index] as RawStaffRow
          const check = props.checks[index] as RowCheck
          const bad = check.kind === 'rejected' ? new Set(check.problems.map((p) => p.field)) : new Set<StaffField>()
          return (
            <div
              key={item.key}
              role="listitem"
              data-testid={check.kind === 'rejected' ? 'rejected-row' : check.kind === 'duplicate' ? 'duplicate-row' : 'preview-row'}
              style={{
                position: 'absolute',
                top: 0,
                left: 0,
                right: 0,
                height: item.size,
                transform: `translateY(${item.start}px)`,
                borderBottom: '1px solid var(--mantine-color-default-border)',
                padding: '4px 8px',
                overflow: 'hidden',
              }}
            >
              <Group gap="xs" wrap="nowrap" align="flex-start">
                <Text size="xs" c="dimmed" w={56} style={{ flexShrink: 0 }}>
                  {t('people.import.line', { line: row.line })}
                </Text>
                {check.kind === 'rejected' ? (
                  <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
                    <Group gap="xs" wrap="nowrap">
                      {fields.map((f) => (
                        <TextInput
                          key={f}
                          size="xs"
                          style={{ flex: 1, minWidth: 0 }}
                          label={t(`people.field.${f}`)}
                          aria-label={t('people.import.cellAria', { field: t(`people.field.${f}`), line: row.line })}
                          defaultValue={row.cells[f]}
                          error={bad.has(f)}
                          onBlur={(e) => e.currentTarget.value !== row.cells[f] && props.onFix(index, f, e.currentTarget.value)}
                          onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.value !== row.cells[f] && props.onFix(index, f, e.currentTarget.value)}
                        />
                      ))}
                    </Group>
                    <Text size="xs" c="red" data-testid="row-problems" lineClamp={2}>
                      {check.problems.map((p) => problemText(t, p)).join(' · ')}
                    </Text>
                  </Stack>
                ) : (
                  <Group gap="xs" wrap="nowrap" style={{ flex: 1, minWidth: 0 }}>
                    <Badge size="sm" color={STATUS_COLOR[check.kind]} variant="light" style={{ flexShrink: 0 }}>
                      {t(`people.import.status.${check.kind}`)}
                    </Badge>
                    <Text size="sm" truncate>
                      {check.kind === 'duplicate'
                        ? `${row.cells.name.trim()} — ${check.duplicates.map((d) => duplicateText(t, d)).join(' ')}`
                        : fields
                            .map((f) => row.cells[f])
                            .filter(Boolean)
                            .join(' · ')}
                    </Text>
                  </Group>
                )}
              </Group>
            </div>
          )
        })}
      </div>
    </div>
  )
}
