import { Badge, Button, Checkbox, Group, Paper, Select, Stack, Table, Text, Title, UnstyledButton, VisuallyHidden } from '@mantine/core'
import type { AccessGroupRow, AccessGroupsListing } from '@shared/domain/access-groups'
import type { SiteZone } from '@shared/domain/site-zone'
import { groupsExport } from '@shared/export/access-groups'
import { ok } from '@shared/result'
import { IconPlus, IconRefresh, IconTrash } from '@tabler/icons-react'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useButtonChange } from '../../components/use-button-change'
import { refreshFromCloud, showScreen } from '../../stores/access-groups/actions'
import type { GroupsScope } from '../../stores/access-groups/store'
import { DeleteDialog } from './DeleteDialog'
import { PendingBadge } from './PendingBadge'
import { PendingPanel } from './PendingPanel'
import { ClockChangeNotice } from './ClockChangeNotice'
import { utcScheduleText, utcWindowText } from './schedule-text'
import { SORT_KEYS, type SortKey, visibleRows } from './sorting'
import { SearchInput } from '../../components/SearchInput'
import { ExportMenu, type LoadExport } from '../../components/export/ExportMenu'
import { formatDateTime } from '../../i18n/format'

/** Every group of the project: search, sort, select several to delete; a name opens the group. */
export function GroupList({ scope, listing, site }: { readonly scope: GroupsScope; readonly listing: AccessGroupsListing; readonly site: SiteZone }) {
  const { t, i18n } = useTranslation()
  // A refusal shows as a notification: there is no form to show it in.
  const refresh = useButtonChange(() => refreshFromCloud())
  const [search, setSearch] = useState('')
  const [sort, setSort] = useState<SortKey>('name')
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set())
  const [confirming, setConfirming] = useState<readonly AccessGroupRow[] | null>(null)
  const rows = useMemo(() => visibleRows(listing.groups, search, sort), [listing.groups, search, sort])
  const zone = site.zone
  const [now] = useState(() => Date.now())
  const toggle = (id: string) =>
    setSelected((s) => {
      const next = new Set(s)
      if (next.has(id)) next.delete(id)
      else next.add(id)
      return next
    })
  const chosen = listing.groups.filter((g) => selected.has(g.id))
  // The groups come in one message per project (not paged), so the export takes the rows the list shows.
  const exportShown: LoadExport = () => {
    const list = (key: string) => t(`accessGroups.list.${key}`)
    return Promise.resolve(
      ok(
        groupsExport(
          {
            title: t('accessGroups.title'),
            name: list('name'),
            kind: list('exportColumns.kind'),
            schedule: list('schedule'),
            window: list('exportColumns.window'),
            doors: list('doors'),
            users: list('users'),
            created: list('created'),
            kindOf: (g) => (g.readOnly ? t('accessGroups.type.system') : t('accessGroups.type.customized')),
            scheduleOf: (g) => utcScheduleText(t, g.schedule, zone, now),
            windowOf: (g) => utcWindowText(t, g.schedule),
            doorsOf: (g) =>
              g.doorCounts === null
                ? list('doorsUnknown')
                : t('accessGroups.list.doorCounts', { devices: g.doorCounts.devices, relays: g.doorCounts.relays + g.doorCounts.securityRelays }),
            createdOf: (g) => (g.createdTime ? g.createdTime.slice(0, 10) : list('notYet')),
          },
          rows,
        ),
      ),
    )
  }

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            {t('accessGroups.title')}
          </Title>
          <Text size="sm" c="dimmed" data-testid="groups-synced-at" data-at={listing.syncedAt ?? undefined}>
            {listing.syncedAt === null
              ? t('accessGroups.list.neverSynced')
              : t('accessGroups.list.syncedAt', { when: formatDateTime(listing.syncedAt, i18n.language) })}
          </Text>
        </div>
        <Group gap="xs" align="flex-start">
          <ExportMenu load={exportShown} testId="export-groups" />
          <Button variant="default" leftSection={<IconRefresh size={16} aria-hidden />} loading={refresh.isPending} onClick={() => refresh.run(undefined)}>
            {t('accessGroups.list.refresh')}
          </Button>
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => showScreen({ kind: 'create' })}>
            {t('accessGroups.list.create')}
          </Button>
        </Group>
      </Group>
      <PendingPanel pending={listing.pending} />
      <ClockChangeNotice scope={scope} site={site} groups={listing.groups} />
      <Group align="flex-end">
        <SearchInput label={t('accessGroups.list.search')} value={search} onSearch={setSearch} style={{ flex: 1 }} />
        <Select
          label={t('accessGroups.list.sort')}
          data={SORT_KEYS.map((k) => ({ value: k, label: t(`accessGroups.list.sortBy.${k}`) }))}
          value={sort}
          allowDeselect={false}
          onChange={(v) => v && setSort(v as SortKey)}
        />
        <Button
          color="red"
          variant="light"
          leftSection={<IconTrash size={16} aria-hidden />}
          disabled={chosen.length === 0}
          onClick={() => setConfirming(chosen)}
        >
          {t('accessGroups.list.deleteSelected', { count: chosen.length })}
        </Button>
      </Group>
      <Paper withBorder>
        <Table striped highlightOnHover data-testid="groups-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>
                <VisuallyHidden>{t('accessGroups.list.selectColumn')}</VisuallyHidden>
              </Table.Th>
              <Table.Th>{t('accessGroups.list.name')}</Table.Th>
              <Table.Th>{t('accessGroups.list.schedule')}</Table.Th>
              <Table.Th>{t('accessGroups.list.doors')}</Table.Th>
              <Table.Th>{t('accessGroups.list.users')}</Table.Th>
              <Table.Th>{t('accessGroups.list.created')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((g) => (
              <Table.Tr key={g.id} data-testid="group-row">
                <Table.Td>
                  <Checkbox
                    aria-label={t('accessGroups.list.select', { name: g.name })}
                    checked={selected.has(g.id)}
                    disabled={g.readOnly}
                    onChange={() => toggle(g.id)}
                  />
                </Table.Td>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <UnstyledButton onClick={() => showScreen({ kind: 'detail', id: g.id })} aria-label={t('accessGroups.list.open', { name: g.name })}>
                      <Text size="sm" fw={600} td="underline">
                        {g.name}
                      </Text>
                    </UnstyledButton>
                    {g.readOnly && (
                      <Badge size="xs" variant="outline" color="gray">
                        {t('accessGroups.type.system')}
                      </Badge>
                    )}
                    {g.pending && <PendingBadge pending={g.pending} />}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{utcScheduleText(t, g.schedule, zone, now)}</Text>
                  <Text size="xs" c="dimmed">
                    {utcWindowText(t, g.schedule)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {g.doorCounts === null
                      ? t('accessGroups.list.doorsUnknown')
                      : t('accessGroups.list.doorCounts', { devices: g.doorCounts.devices, relays: g.doorCounts.relays + g.doorCounts.securityRelays })}
                  </Text>
                </Table.Td>
                <Table.Td>{g.userCount}</Table.Td>
                <Table.Td>
                  <Text size="sm">{g.createdTime ? g.createdTime.slice(0, 10) : t('accessGroups.list.notYet')}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {rows.length === 0 && (
          <Text p="md" c="dimmed" size="sm">
            {listing.groups.length === 0 ? t('accessGroups.list.empty') : t('accessGroups.list.noMatch')}
          </Text>
        )}
      </Paper>
      {confirming && (
        <DeleteDialog
          scope={scope}
          groups={confirming}
          onClose={(deleted) => {
            setConfirming(null)
            if (deleted) setSelected(new Set())
          }}
        />
      )}
    </Stack>
  )
}
