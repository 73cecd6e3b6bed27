import { Button, Checkbox, Group, List, Modal, Pagination, ScrollArea, Select, Stack, Text } from '@mantine/core'
import type { AccessGroupRow, ResidentChange } from '@shared/domain/access-groups'
import type { Resident, ResidentRef } from '@shared/domain/residents'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FormError } from '../../components/ChangeFeedback'
import { ErrorAlert } from '../../components/ErrorAlert'
import { useResultMutation } from '../../query/use-result-mutation'
import { errorMessage } from '../../lib/error-message'
import { changeResidents } from '../../stores/access-groups/actions'
import type { GroupsScope } from '../../stores/access-groups/store'
import { useGroupMembers, useMembersAmong, useResidents } from './group-queries'
import { memberNote } from './member-text'
import { SearchInput } from '../../components/SearchInput'

const PAGE = 40

function matches(r: Resident, search: string, buildingId: string | null): boolean {
  if (buildingId !== null && r.buildingId !== buildingId) return false
  const needle = search.trim().toLocaleLowerCase()
  return needle === '' || [r.name, r.familyName, r.residenceNo].some((v) => v.toLocaleLowerCase().includes(needle))
}

/** A resident whose box the installer changed: what they want, and what Fieldkey knew then. */
interface Wanted {
  readonly member: boolean
  readonly known: boolean
}

/**
 * Residents in and out of a group, by building and residence (from the cached resident list).
 * The cloud does not list a group's members: the residents Fieldkey added are ticked, with when
 * and where; ticking adds, unticking removes, and the result of each one is shown.
 */
export function ResidentsDialog({ scope, group, onClose }: { readonly scope: GroupsScope; readonly group: AccessGroupRow; readonly onClose: () => void }) {
  const { t, i18n } = useTranslation()
  const read = useResidents(scope)
  const residents = useMemo(() => read.data ?? [], [read.data])
  const [buildingId, setBuildingId] = useState<string | null>(null)
  const [search, setSearch] = useState('')
  const [page, setPage] = useState(1)
  const [wanted, setWanted] = useState<ReadonlyMap<string, Wanted>>(new Map())
  const [results, setResults] = useState<{ readonly kind: 'add' | 'remove'; readonly changes: readonly ResidentChange[] } | null>(null)
  const changing = useResultMutation(
    ({ kind, refs }: { readonly kind: 'add' | 'remove'; readonly refs: readonly ResidentRef[] }) => changeResidents(group.id, refs, kind),
    {
      onDone: (changes, { kind, refs }) => {
        setResults({ kind, changes })
        // What was sent is settled either way: the members read again show where each one stands.
        const sent = new Set(refs.map((r) => r.accountId))
        setWanted((w) => new Map([...w].filter(([id]) => !sent.has(id))))
      },
    },
  )
  const busy = changing.isPending ? (changing.variables?.kind ?? null) : null
  const buildings = useMemo(
    () => [...new Map(residents.map((r) => [r.buildingId, r.buildingName])).entries()].sort((a, b) => a[1].localeCompare(b[1])),
    [residents],
  )
  const shown = residents.filter((r) => matches(r, search, buildingId))
  const pages = Math.max(1, Math.ceil(shown.length / PAGE))
  const visible = shown.slice((Math.min(page, pages) - 1) * PAGE, Math.min(page, pages) * PAGE)
  const byAccount = new Map(residents.map((r) => [r.accountId, r]))
  const total = useGroupMembers(scope, group.id, 0, 1)
  const among = useMembersAmong(
    scope,
    group.id,
    visible.map((r) => r.accountId),
  )
  const known = new Map((among.data?.known.items ?? []).map((m) => [m.accountId, m]))
  const ticked = (id: string): boolean => wanted.get(id)?.member ?? known.has(id)
  const toggle = (id: string) =>
    setWanted((w) => {
      const next = new Map(w)
      const knownMember = w.get(id)?.known ?? known.has(id)
      const member = !(w.get(id)?.member ?? knownMember)
      if (member === knownMember) next.delete(id)
      else next.set(id, { member, known: knownMember })
      return next
    })
  const toAdd = [...wanted].filter(([, w]) => w.member && !w.known).map(([id]) => id)
  const toRemove = [...wanted].filter(([, w]) => !w.member && w.known).map(([id]) => id)
  const run = (kind: 'add' | 'remove') => {
    if (changing.isPending) return
    const refs = (kind === 'add' ? toAdd : toRemove).flatMap((id) => {
      const r = byAccount.get(id)
      return r ? [{ accountId: r.accountId, residenceId: r.residenceId, buildingId: r.buildingId }] : []
    })
    changing.mutate({ kind, refs })
  }
  const noteOf = (id: string): string | undefined => {
    const member = known.get(id)
    return member && memberNote(t, member, i18n.language)
  }
  const cloud = t('accessGroups.members.users', { count: group.userCount })
  const knownCount = total.data?.known.total ?? null
  const done = results?.changes.filter((c) => c.kind === 'done').length ?? 0
  const queued = results?.changes.filter((c) => c.kind === 'queued').length ?? 0
  return (
    <Modal opened onClose={onClose} title={t('accessGroups.residents.title', { name: group.name })} size="lg">
      <Stack gap="sm" data-testid="residents-dialog">
        <Text size="sm" c="dimmed" data-testid="residents-intro">
          {knownCount === null
            ? t('accessGroups.residents.introCount', { cloud })
            : knownCount === 0
              ? t('accessGroups.residents.introNone', { cloud })
              : t('accessGroups.residents.intro', { cloud, count: knownCount })}
        </Text>
        <Group align="flex-end" grow>
          <Select
            label={t('accessGroups.residents.building')}
            placeholder={t('accessGroups.residents.allBuildings')}
            data={buildings.map(([value, label]) => ({ value, label }))}
            value={buildingId}
            clearable
            onChange={(v) => {
              setBuildingId(v)
              setPage(1)
            }}
          />
          <SearchInput
            label={t('accessGroups.residents.search')}
            value={search}
            onSearch={(value) => {
              setSearch(value)
              setPage(1)
            }}
          />
        </Group>
        <ScrollArea.Autosize mah={320} type="auto">
          <Stack gap={6} role="group" aria-label={t('accessGroups.residents.list')}>
            {visible.map((r) => (
              <Checkbox
                key={r.accountId}
                checked={ticked(r.accountId)}
                disabled={among.data === undefined}
                onChange={() => toggle(r.accountId)}
                label={t('accessGroups.residents.line', { name: r.name || r.familyName, building: r.buildingName, residence: r.residenceNo })}
                description={noteOf(r.accountId)}
              />
            ))}
            {visible.length === 0 && (
              <Text size="sm" c="dimmed">
                {t('accessGroups.residents.none')}
              </Text>
            )}
          </Stack>
        </ScrollArea.Autosize>
        {pages > 1 && <Pagination total={pages} value={Math.min(page, pages)} onChange={setPage} size="sm" aria-label={t('accessGroups.residents.pages')} />}
        {results && (
          <Stack gap={4} role="status">
            <Text size="sm" fw={600}>
              {t(`accessGroups.residents.done.${results.kind}`, { count: done })}
            </Text>
            {queued > 0 && <Text size="sm">{t('accessGroups.residents.queued', { count: queued })}</Text>}
            <List size="sm">
              {results.changes.flatMap((c) =>
                c.kind === 'failed'
                  ? [<List.Item key={c.accountId}>{`${byAccount.get(c.accountId)?.name ?? c.accountId}: ${errorMessage(t, c.error)}`}</List.Item>]
                  : [],
              )}
            </List>
          </Stack>
        )}
        {read.appError && <ErrorAlert error={read.appError} onRetry={() => void read.refetch()} />}
        {!read.appError && among.appError && <ErrorAlert error={among.appError} onRetry={() => void among.refetch()} />}
        <FormError error={changing.appError} />
        <Group justify="flex-end">
          <Group gap="xs">
            <Button variant="default" onClick={onClose}>
              {t('accessGroups.close')}
            </Button>
            <Button color="red" variant="light" disabled={toRemove.length === 0 || busy !== null} loading={busy === 'remove'} onClick={() => run('remove')}>
              {t('accessGroups.residents.remove', { count: toRemove.length })}
            </Button>
            <Button disabled={toAdd.length === 0 || busy !== null} loading={busy === 'add'} onClick={() => run('add')}>
              {t('accessGroups.residents.add', { count: toAdd.length })}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  )
}
