import { Alert, Badge, Button, Checkbox, Group, Stack, Text, Title, UnstyledButton } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { staffExport } from '@shared/people/staff-export'
import type { StaffListItem } from '@shared/people/staff'
import { ok } from '@shared/result'
import { IconFileImport, IconHistory, IconLink, IconPlus, IconRefresh, IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../../api'
import { useButtonChange } from '../../../components/use-button-change'
import { editQueuedStaff, showPeopleScreen } from '../../../stores/people/actions'
import { type PeopleScope } from '../../../stores/people/store'
import { formatWhen } from '../../../i18n/format'
import { readStaffForExport, useStaffListing, useStaffPages } from '../people-queries'
import { ExportMenu, type LoadExport } from '../../../components/export/ExportMenu'
import { VirtualRows } from '../VirtualRows'
import { BulkDeleteDialog } from '../bulk/BulkDeleteDialog'
import { isPicked, nothing, staffSelection } from '../bulk/list-selection'
import { SelectionBar } from '../bulk/SelectionBar'
import { useListSelection } from '../bulk/use-list-selection'
import { ImportRunsDialog } from './ImportRunsDialog'
import { matchedText } from './matched-text'
import { keepStaff } from './held-staff'
import { useHeldWhileSearching } from '../held-rows'
import { SearchInput } from '../../../components/SearchInput'
import { ListCount } from '../../../components/ListCount'

const ROW_HEIGHT = 56

export function StaffList({ scope }: { readonly scope: PeopleScope }) {
  const { t, i18n } = useTranslation()
  const listing = useStaffListing(scope).data
  const refresh = useButtonChange(() => api.staff.refresh(scope))
  const editQueued = useButtonChange((outboxId: number) => editQueuedStaff(outboxId))
  const [search, setSearch] = useState('')
  const [debounced] = useDebouncedValue(search, 150)
  const query = debounced.trim()
  const [confirm, setConfirm] = useState(false)
  const [history, setHistory] = useState(false)
  const typed = search.trim()
  const answer = useStaffPages(scope, query)
  const { error, ensure } = answer
  // Each key changes the list at once: the rows held that match, until main answers the text.
  const { total, rows, length } = useHeldWhileSearching(answer, typed === query ? query : null, keepStaff(typed))
  const loaded = [...rows].map(([index, s]) => ({ index, id: s.staffAccessId, name: s.staffAccessName }))
  // Kept per text typed, not per query asked: a tick given to the narrowed rows inside the debounce stays.
  const { selection: selected, select, pick, rowKey, count } = useListSelection(query, typed, loaded, answer.total ?? 0)
  const row = (s: StaffListItem) => ({ id: s.staffAccessId, name: s.staffAccessName })
  const pending = listing?.pending ?? []
  const exportShown: LoadExport = async (onProgress) => {
    const read = await readStaffForExport(scope, query, onProgress)
    if (!read.ok) return read
    const words = (key: string) => t(`people.staff.exportColumns.${key}`)
    const columns = {
      name: words('name'),
      accessGroups: words('accessGroups'),
      pinCodes: words('pinCodes'),
      rfCards: words('rfCards'),
      faces: words('faces'),
      floors: words('floors'),
    }
    return ok(staffExport({ title: words('title'), ...columns }, read.value.items))
  }
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <div>
          <Title order={1} size="h2">
            {t('people.staff.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('people.staff.count', { count: listing?.total ?? 0 })} ·{' '}
            {listing?.syncedAt ? t('people.syncedAt', { when: formatWhen(listing.syncedAt, i18n.language) }) : t('people.neverSynced')}
          </Text>
        </div>
        <Group gap="xs">
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => showPeopleScreen({ kind: 'staffEdit', staffAccessId: null })}>
            {t('people.staff.add')}
          </Button>
          <Button variant="light" leftSection={<IconFileImport size={16} aria-hidden />} onClick={() => showPeopleScreen({ kind: 'import' })}>
            {t('people.import.open')}
          </Button>
          <Button variant="light" leftSection={<IconLink size={16} aria-hidden />} onClick={() => showPeopleScreen({ kind: 'urlImport' })}>
            {t('people.urlImport.open')}
          </Button>
          <Button variant="light" leftSection={<IconHistory size={16} aria-hidden />} onClick={() => setHistory(true)}>
            {t('people.bulk.history')}
          </Button>
          <ExportMenu load={exportShown} testId="export-staff" />
          <Button variant="default" leftSection={<IconRefresh size={16} aria-hidden />} loading={refresh.isPending} onClick={() => refresh.run(undefined)}>
            {t('people.refresh')}
          </Button>
        </Group>
      </Group>
      {pending.length > 0 && (
        <Alert color="yellow" title={t('people.pending.title', { count: pending.length })}>
          <Stack gap={2}>
            {pending.map((p) => (
              <Group gap="xs" key={p.outboxId}>
                <Text size="sm">
                  {t(`people.pending.staff.${p.kind}`, { name: p.name })} · {t(`people.pending.state.${p.state}`)}
                </Text>
                {p.kind === 'create' && (
                  <Button size="compact-xs" variant="subtle" onClick={() => editQueued.run(p.outboxId)} data-testid="edit-queued-staff">
                    {t('people.pending.edit')}
                  </Button>
                )}
              </Group>
            ))}
            <Text size="xs" c="dimmed">
              {t('people.pending.review')}
            </Text>
          </Stack>
        </Alert>
      )}
      <Group>
        <SearchInput label={t('people.staff.search')} value={search} onSearch={setSearch} style={{ flex: 1 }} data-testid="staff-search" />
        <Button color="red" variant="light" mt="lg" disabled={count === 0} leftSection={<IconTrash size={16} aria-hidden />} onClick={() => setConfirm(true)}>
          {t('people.staff.deleteSelected', { count })}
        </Button>
      </Group>
      <ListCount total={total} error={error} waiting={t('people.loading')} counted={(count) => t('people.staff.matching', { count })} />
      <SelectionBar kind="staff" selection={selected} query={query} narrowed={query !== ''} total={answer.total ?? 0} shown={loaded} onChange={select} />
      <VirtualRows
        label={t('people.staff.title')}
        total={length}
        rows={rows}
        rowHeight={ROW_HEIGHT}
        height="calc(100vh - 320px)"
        ensure={ensure}
        testId="staff-list"
        render={(s, index) => (
          <Group wrap="nowrap" gap="sm" px="sm" h="100%" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }} data-testid="staff-row">
            <Checkbox
              aria-label={t('people.select', { name: s.staffAccessName })}
              checked={isPicked(selected, s.staffAccessId)}
              onChange={(event) => pick(row(s), index, (event.nativeEvent as MouseEvent).shiftKey)}
              onKeyDown={(event) => {
                // Shift+Space extends the range; Space alone toggles natively.
                if (event.key === ' ' && event.shiftKey) rowKey(row(s), index)(event)
              }}
            />
            <UnstyledButton
              style={{ flex: 1, minWidth: 0 }}
              onClick={() => showPeopleScreen({ kind: 'staffEdit', staffAccessId: s.staffAccessId })}
              onKeyDown={rowKey(row(s), index)}
            >
              <Group gap="xs" wrap="nowrap">
                <Text size="sm" fw={600} truncate>
                  {s.staffAccessName}
                </Text>
                {s.matched && (
                  <Badge variant="light" color="blue" tt="none" style={{ flexShrink: 0 }} data-testid="staff-matched">
                    {matchedText(t, s.matched)}
                  </Badge>
                )}
              </Group>
              <Text size="xs" c="dimmed" truncate>
                {[
                  s.accessGroupNames.join(', '),
                  t('people.staff.pins', { count: s.pinCodes.length }),
                  t('people.staff.cards', { count: s.rfCards.length }),
                  t('people.staff.faces', { count: s.faces.length }),
                  s.floorAccesses.map((f) => `${f.buildingName}: ${f.floors.join(', ')}`).join(' · '),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
            </UnstyledButton>
            {listing?.pending.some((p) => p.staffAccessIds.includes(s.staffAccessId)) && (
              <Badge color="yellow" variant="light">
                {t('people.pending.badge')}
              </Badge>
            )}
          </Group>
        )}
      />
      {confirm && (
        <BulkDeleteDialog
          target={{ kind: 'staff', scope, selection: staffSelection(selected) }}
          title={t('people.bulk.title')}
          onClose={(deleted) => {
            setConfirm(false)
            if (deleted) select(nothing())
          }}
        />
      )}
      {history && <ImportRunsDialog scope={scope} onClose={() => setHistory(false)} />}
    </Stack>
  )
}
