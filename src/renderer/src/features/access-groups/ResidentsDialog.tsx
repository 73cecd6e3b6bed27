import { Button, Checkbox, Group, List, Modal, Pagination, ScrollArea, SegmentedControl, Select, Stack, Text } from '@mantine/core'
import type { AccessGroupRow, ResidentChange } from '@shared/domain/access-groups'
import type { Resident, ResidentRef } from '@shared/domain/residents'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSiteZone } from '../site-zone/site-zone-queries'
import { FormError } from '../../components/ChangeFeedback'
import { ErrorAlert } from '../../components/ErrorAlert'
import { useResultMutation } from '../../query/use-result-mutation'
import { errorMessage } from '../../lib/error-message'
import { changeResidents } from '../../stores/access-groups/actions'
import type { GroupsScope } from '../../stores/access-groups/store'
import { useGroupMembers, useMembersAmong, useResidents } from './group-queries'
import { memberNote } from './member-text'
import { type Ticks, isTicked, settleTicks, tickChanges, toggleTick } from './member-ticks'
import { SearchInput } from '../../components/SearchInput'

const PAGE = 40

/** Ticks follow the known members (tick adds, untick removes), or pick anyone to remove. */
type Mode = 'members' | 'remove'

function matches(r: Resident, search: string, buildingId: string | null): boolean {
  if (buildingId !== null && r.buildingId !== buildingId) return false
  const needle = search.trim().toLocaleLowerCase()
  return needle === '' || [r.name, r.familyName, r.residenceNo].some((v) => v.toLocaleLowerCase().includes(needle))
}

/**
 * Residents in and out of a group, by building and residence (from the cached resident list).
 * The cloud does not list a group's members: the residents Fieldkey added are ticked, with when
 * and where; ticking adds, unticking removes. Those added elsewhere cannot be ticked, so a second
 * mode picks anyone to remove. The result of each one is shown.
 */
export function ResidentsDialog({ scope, group, onClose }: { readonly scope: GroupsScope; readonly group: AccessGroupRow; readonly onClose: () => void }) {
  const { t, i18n } = useTranslation()
  const read = useResidents(scope)
  const residents = useMemo(() => read.data ?? [], [read.data])
  const [buildingId, setBuildingId] = useState<string | null>(null)
  const [search, setSearch] = useState('')
  const [page, setPage] = useState(1)
  const [mode, setMode] = useState<Mode>('members')
  const [ticks, setTicks] = useState<Ticks>(new Map())
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set())
  const [results, setResults] = useState<{ readonly kind: 'add' | 'remove'; readonly changes: readonly ResidentChange[] } | null>(null)
  const changing = useResultMutation(
    ({ kind, refs }: { readonly kind: 'add' | 'remove'; readonly refs: readonly ResidentRef[] }) => changeResidents(group.id, refs, kind),
    {
      onDone: (changes, { kind, refs }) => {
        setResults({ kind, changes })
        // What was sent is settled either way: the members read again show where each one stands.
        setTicks((w) =>
          settleTicks(
            w,
            refs.map((r) => r.accountId),
          ),
        )
        setPicked(new Set())
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
  const zone = useSiteZone(scope).data?.siteZone?.zone ?? 'UTC'
  const among = useMembersAmong(
    scope,
    group.id,
    visible.map((r) => r.accountId),
  )
  const known = new Map((among.data?.known.items ?? []).map((m) => [m.accountId, m]))
  const ticked = (id: string): boolean => (mode === 'members' ? isTicked(ticks, id, known.has(id)) : picked.has(id))
  const toggle = (id: string) => {
    if (mode === 'members') setTicks((w) => toggleTick(w, id, known.has(id)))
    else
      setPicked((s) => {
        const next = new Set(s)
        if (next.has(id)) next.delete(id)
        else next.add(id)
        return next
      })
  }
  const changes = mode === 'members' ? tickChanges(ticks) : { add: [], remove: [...picked] }
  const run = (kind: 'add' | 'remove') => {
    if (changing.isPending) return
    const refs = changes[kind].flatMap((id) => {
      const r = byAccount.get(id)
      return r ? [{ accountId: r.accountId, residenceId: r.residenceId, buildingId: r.buildingId }] : []
    })
    changing.mutate({ kind, refs })
  }
  const noteOf = (id: string): string | undefined => {
    const member = known.get(id)
    return member && memberNote(t, member, i18n.language, zone)
  }
  const cloud = t('accessGroups.members.users', { count: group.userCount })
  const knownCount = total.data?.known.total ?? null
  const done = results?.changes.filter((c) => c.kind === 'done').length ?? 0
  const queued = results?.changes.filter((c) => c.kind === 'queued').length ?? 0
  return (
    <Modal opened onClose={onClose} title={t('accessGroups.residents.title', { name: group.name })} size="lg">
      <Stack gap="sm" data-testid="residents-dialog">
        <SegmentedControl
          aria-label={t('accessGroups.residents.mode')}
          value={mode}
          onChange={(value) => {
            setMode(value as Mode)
            setTicks(new Map())
            setPicked(new Set())
          }}
          data={[
            { value: 'members', label: t('accessGroups.residents.modeMembers') },
            { value: 'remove', label: t('accessGroups.residents.modeRemove') },
          ]}
        />
        <Text size="sm" c="dimmed" data-testid="residents-intro">
          {mode === 'remove'
            ? t('accessGroups.residents.introRemove', { cloud })
            : knownCount === null
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
                disabled={mode === 'members' && among.data === undefined}
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
            <Button
              color="red"
              variant="light"
              disabled={changes.remove.length === 0 || busy !== null}
              loading={busy === 'remove'}
              onClick={() => run('remove')}
            >
              {t('accessGroups.residents.remove', { count: changes.remove.length })}
            </Button>
            {mode === 'members' && (
              <Button disabled={changes.add.length === 0 || busy !== null} loading={busy === 'add'} onClick={() => run('add')}>
                {t('accessGroups.residents.add', { count: changes.add.length })}
              </Button>
            )}
          </Group>
        </Group>
      </Stack>
    </Modal>
  )
}
