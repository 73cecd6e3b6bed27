import { Alert, Badge, Button, Checkbox, Group, Select, SimpleGrid, Stack, Text } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import type { TuyaPerson } from '@shared/domain/tuya'
import type { PersonsFilter } from '@shared/people/persons'
import { personsExport } from '@shared/people/persons-export'
import { ok } from '@shared/result'
import { IconPlus, IconRefresh, IconTrash, IconUserOff } from '@tabler/icons-react'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../../api'
import { useButtonChange } from '../../../components/use-button-change'
import { ConfirmChangeDialog } from '../../../components/ConfirmChangeDialog'
import { showPeopleScreen } from '../../../stores/people/actions'
import { type PeopleScope } from '../../../stores/people/store'
import { ErrorAlert } from '../../../components/ErrorAlert'
import { readPersonsForExport, useOrganisations, usePersonPages, usePersonsListing } from '../people-queries'
import { ExportMenu, type LoadExport } from '../../../components/export/ExportMenu'
import { VirtualRows } from '../VirtualRows'
import { BulkDeleteDialog } from '../bulk/BulkDeleteDialog'
import { isPicked, nothing, personSelection } from '../bulk/list-selection'
import { SelectionBar } from '../bulk/SelectionBar'
import { useListSelection } from '../bulk/use-list-selection'
import { PersonRow } from './PersonRow'
import { OrganisationSelect } from './OrganisationSelect'
import { SearchInput } from '../../../components/SearchInput'
import { ListCount } from '../../../components/ListCount'
import { FIELD_LIMITS } from '@shared/field-limits'
import { sexLabel } from '../../../i18n/labels'

/** The seed's name filter is the search box's first field, so it has no box of its own. */
type Filters = Required<{ [K in Exclude<keyof PersonsFilter, 'name'>]: string }>
const NO_FILTERS: Filters = {
  structureId: '',
  searchScope: 'withSubOrganisations',
  search: '',
  enabled: '',
  sex: '',
  mobile: '',
  email: '',
  certType: '',
  certNo: '',
  personCode: '',
}

function toFilter(f: Filters): PersonsFilter {
  const text = (v: string) => (v.trim() ? v.trim() : undefined)
  return {
    ...(f.structureId ? { structureId: f.structureId, searchScope: f.searchScope === 'direct' ? 'direct' : 'withSubOrganisations' } : {}),
    ...(text(f.search) ? { search: text(f.search) } : {}),
    ...(f.enabled ? { enabled: f.enabled === 'yes' } : {}),
    ...(f.sex === 'male' || f.sex === 'female' || f.sex === 'unknown' ? { sex: f.sex } : {}),
    ...(text(f.mobile) ? { mobile: text(f.mobile) } : {}),
    ...(text(f.email) ? { email: text(f.email) } : {}),
    ...(text(f.certType) ? { certType: text(f.certType) } : {}),
    ...(text(f.certNo) ? { certNo: text(f.certNo) } : {}),
    ...(text(f.personCode) ? { personCode: text(f.personCode) } : {}),
  }
}

/** Persons from the cache with the seed's filters; disable or delete one or many. */
export function PersonsList({ scope }: { readonly scope: PeopleScope }) {
  const { t } = useTranslation()
  const listing = usePersonsListing(scope).data
  const organisationsRead = useOrganisations(scope)
  const organisations = organisationsRead.data ?? []
  const refresh = useButtonChange(() => api.persons.refresh(scope))
  const [filters, setFilters] = useState<Filters>(NO_FILTERS)
  const [debounced] = useDebouncedValue(filters, 150)
  const [confirm, setConfirm] = useState<'disable' | 'delete' | null>(null)
  const filter = useMemo(() => toFilter(debounced), [debounced])
  const { total, rows, error, ensure } = usePersonPages(scope, filter)
  const set = (k: keyof Filters, v: string) => setFilters((f) => ({ ...f, [k]: v }))
  const loaded = [...rows].map(([index, p]) => ({ index, id: p.personId, name: p.name }))
  const { selection: selected, select, pick, rowKey, count } = useListSelection(filter, JSON.stringify(filter), loaded, total ?? 0)
  const row = (p: TuyaPerson) => ({ id: p.personId, name: p.name })
  /** Disabling takes ids: offered for rows ticked one by one, not for "all matching". */
  const picked = selected.kind === 'some' ? selected.picked : new Map<string, string>()
  const exportShown: LoadExport = async (onProgress) => {
    const read = await readPersonsForExport(scope, filter, onProgress)
    if (!read.ok) return read
    const p = (key: string) => t(`people.persons.${key}`)
    return ok(
      personsExport(
        {
          title: p('title'),
          name: p('name'),
          personCode: p('personCode'),
          organisation: p('organisation'),
          enabled: p('enabled'),
          mobile: p('mobile'),
          email: p('email'),
          face: p('exportColumns.face'),
          yes: p('exportColumns.yes'),
          no: p('exportColumns.no'),
          enabledYes: p('enabledYes'),
          enabledNo: p('enabledNo'),
        },
        read.value.items,
      ),
    )
  }
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <ListCount total={total} error={error} waiting={t('people.loading')} counted={(count) => t('people.persons.matching', { count })} />
        <Group gap="xs">
          <Button
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => showPeopleScreen({ kind: 'personEdit', personId: null })}
            data-testid="add-person"
          >
            {t('people.persons.add')}
          </Button>
          <ExportMenu load={exportShown} testId="export-persons" />
          <Button variant="default" leftSection={<IconRefresh size={16} aria-hidden />} loading={refresh.isPending} onClick={() => refresh.run(undefined)}>
            {t('people.refresh')}
          </Button>
        </Group>
      </Group>
      {listing && listing.pending.length > 0 && (
        <Alert color="yellow" title={t('people.pending.title', { count: listing.pending.length })}>
          {listing.pending.map((p) => (
            <Text size="sm" key={p.outboxId}>
              {t(`people.pending.person.${p.kind}`, { name: p.label })} · {t(`people.pending.state.${p.state}`)}
            </Text>
          ))}
        </Alert>
      )}
      {organisationsRead.appError && <ErrorAlert error={organisationsRead.appError} onRetry={() => void organisationsRead.refetch()} />}
      {error && <ErrorAlert error={error} />}
      <SimpleGrid cols={{ base: 2, md: 5 }} spacing="xs">
        <OrganisationSelect
          label={t('people.persons.organisation')}
          organisations={organisations}
          value={filters.structureId || null}
          onChange={(v) => set('structureId', v ?? '')}
          clearable
          placeholder={t('people.persons.anyOrganisation')}
        />
        <Checkbox
          label={t('people.persons.withSub')}
          disabled={!filters.structureId}
          checked={filters.searchScope !== 'direct'}
          onChange={(e) => set('searchScope', e.currentTarget.checked ? 'withSubOrganisations' : 'direct')}
          mt={30}
          data-testid="with-sub-organisations"
        />
        <SearchInput label={t('people.persons.search')} value={filters.search} onSearch={(v) => set('search', v)} data-testid="person-search" />
        <Select
          label={t('people.persons.enabled')}
          clearable
          placeholder={t('people.persons.any')}
          data={[
            { value: 'yes', label: t('people.persons.enabledYes') },
            { value: 'no', label: t('people.persons.enabledNo') },
          ]}
          value={filters.enabled || null}
          onChange={(v) => set('enabled', v ?? '')}
        />
        <Select
          label={t('people.persons.sex')}
          clearable
          placeholder={t('people.persons.any')}
          data={(['male', 'female', 'unknown'] as const).map((s) => ({ value: s, label: sexLabel(t, s) }))}
          value={filters.sex || null}
          onChange={(v) => set('sex', v ?? '')}
        />
        <SearchInput label={t('people.persons.mobile')} value={filters.mobile} onSearch={(v) => set('mobile', v)} />
        <SearchInput label={t('people.persons.email')} value={filters.email} onSearch={(v) => set('email', v)} max={FIELD_LIMITS.email} />
        <SearchInput label={t('people.persons.certType')} value={filters.certType} onSearch={(v) => set('certType', v)} max={FIELD_LIMITS.certType} />
        <SearchInput label={t('people.persons.certNo')} value={filters.certNo} onSearch={(v) => set('certNo', v)} max={FIELD_LIMITS.certNo} />
        <SearchInput label={t('people.persons.personCode')} value={filters.personCode} onSearch={(v) => set('personCode', v)} max={FIELD_LIMITS.personCode} />
      </SimpleGrid>
      <Group gap="xs">
        <Button
          variant="light"
          color="orange"
          disabled={picked.size === 0}
          leftSection={<IconUserOff size={16} aria-hidden />}
          onClick={() => setConfirm('disable')}
          data-testid="disable-selected"
        >
          {t('people.persons.disableSelected', { count: picked.size })}
        </Button>
        <Button
          variant="light"
          color="red"
          disabled={count === 0}
          leftSection={<IconTrash size={16} aria-hidden />}
          onClick={() => setConfirm('delete')}
          data-testid="delete-selected"
        >
          {t('people.persons.deleteSelected', { count })}
        </Button>
      </Group>
      <SelectionBar
        kind="persons"
        selection={selected}
        query={filter}
        narrowed={Object.keys(filter).length > 0}
        total={total ?? 0}
        shown={loaded}
        onChange={select}
      />
      <VirtualRows
        label={t('people.persons.title')}
        total={total ?? 0}
        rows={rows}
        rowHeight={56}
        height="calc(100vh - 470px)"
        ensure={ensure}
        testId="person-list"
        render={(p, index) => (
          <PersonRow
            name={p.name}
            details={[p.structureNames.join(', ') || p.structureName, p.mobile && `${p.mobileCountry} ${p.mobile}`, p.email, p.personCode]
              .filter(Boolean)
              .join(' · ')}
            picked={isPicked(selected, p.personId)}
            onPick={(range) => pick(row(p), index, range)}
            onRowKey={rowKey(row(p), index)}
            onOpen={() => showPeopleScreen({ kind: 'personEdit', personId: p.personId })}
            testId="person-row"
            badge={
              <Badge color={p.enabled ? 'green' : 'gray'} variant="light">
                {p.enabled ? t('people.persons.enabledYes') : t('people.persons.enabledNo')}
              </Badge>
            }
          />
        )}
      />
      {confirm === 'disable' && (
        <ConfirmChangeDialog
          title={t('people.persons.disableTitle', { count: picked.size })}
          confirm={t('people.persons.disableConfirm', { count: picked.size })}
          color="orange"
          change={(intentKey) => api.persons.disable({ ...scope, personIds: [...picked.keys()], intentKey })}
          onClose={(done) => {
            setConfirm(null)
            if (done) select(nothing())
          }}
          testId="confirm-persons"
        >
          <Text size="sm">{t('people.persons.disableBody', { count: picked.size, names: [...picked.values()].slice(0, 10).join(', ') })}</Text>
        </ConfirmChangeDialog>
      )}
      {confirm === 'delete' && (
        <BulkDeleteDialog
          target={{ kind: 'persons', scope, selection: personSelection(selected) }}
          title={t('people.bulk.personsTitle')}
          onClose={(deleted) => {
            setConfirm(null)
            if (deleted) select(nothing())
          }}
        />
      )}
    </Stack>
  )
}
