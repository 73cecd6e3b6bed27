import { Badge, Group, Loader, Paper, SegmentedControl, Select, Stack, Table, Text, Title, UnstyledButton } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import type { CachedDevice, CachedDeviceDetail } from '@shared/domain/devices'
import { DEVICE_TYPE_FILTERS } from '@shared/domain/device-types'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorAlert } from '../../components/ErrorAlert'
import { deviceTypeFilterLabel, deviceTypeLabel, onlineLabel } from '../../i18n/labels'
import { retryAll } from '../../query/use-result-query'
import type { ProjectScope } from '../../stores/project/store'
import { SearchInput } from '../../components/SearchInput'
import { FreshnessBanner } from './FreshnessBanner'
import { DeviceStatusSince } from './DeviceStatusSince'
import { OnlineBadge } from './OnlineBadge'
import {
  type DeviceQuery,
  readDevicesForExport,
  useBuildings,
  useDeviceChannels,
  useDeviceDetail,
  useDevicePages,
  useOpenScope,
  useOverview,
} from './project-queries'
import { deviceStatusLine } from './device-status'
import { ExportMenu, type LoadExport } from '../../components/export/ExportMenu'
import { formatDateTime } from '../../i18n/format'
import { devicesExport } from '@shared/export/devices'
import { ok } from '@shared/result'

const ROW_HEIGHT = 58

/** Buildings → devices → relays (Akuvox) or doors (Tuya), from the cache, filtered and virtualized. */
export function DevicesView() {
  const scope = useOpenScope()
  return scope ? <Devices key={`${scope.connectionId}/${scope.projectId}`} scope={scope} /> : null
}

function Devices({ scope }: { readonly scope: ProjectScope }) {
  const { t, i18n } = useTranslation()
  const [search, setSearch] = useState('')
  const [debounced] = useDebouncedValue(search, 200)
  const [deviceType, setDeviceType] = useState<DeviceQuery['deviceType']>(null)
  const [status, setStatus] = useState<'all' | 'online' | 'offline'>('all')
  const [buildingId, setBuildingId] = useState<string | null>(null)
  const [selected, setSelected] = useState<string | null>(null)
  const query: DeviceQuery = useMemo(
    () => ({ search: debounced.trim(), deviceType, online: status === 'all' ? null : status === 'online', buildingId }),
    [debounced, deviceType, status, buildingId],
  )
  // A sync or a device changing state reads the list again (main's events), so it never shows yesterday.
  const { total, rows, error, ensure } = useDevicePages(scope, query)
  const buildingsRead = useBuildings(scope)
  const buildings = buildingsRead.data ?? []
  const asOf = useOverview(scope).data?.overview.sync.asOf ?? null
  const exportShown: LoadExport = async (onProgress) => {
    const read = await readDevicesForExport(scope, query, onProgress)
    if (!read.ok) return read
    const words = {
      title: t('project.devices.title'),
      name: t('project.devices.name'),
      type: t('project.devices.type'),
      building: t('project.devices.building'),
      mac: t('project.devices.mac'),
      status: t('project.devices.status'),
      since: t('project.devices.statusTime'),
      typeOf: (d: CachedDevice) => deviceTypeLabel(t, d.deviceType),
      statusOf: (d: CachedDevice) => onlineLabel(t, d.online),
      sinceOf: (d: CachedDevice) => {
        const line = deviceStatusLine(d)
        return t(`project.deviceStatus.${line.key}`, { time: formatDateTime(line.time, i18n.language) })
      },
    }
    return ok(devicesExport(words, read.value.items))
  }

  return (
    <Stack gap="md" h="calc(100vh - 52px - 30px - 2 * var(--mantine-spacing-lg))">
      <FreshnessBanner />
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('project.devices.title')}
        </Title>
        <Group gap="sm" align="flex-start">
          <Text size="sm" c="dimmed" data-testid="device-count" mt={6}>
            {total !== null ? t('project.devices.count', { shown: total, total: total }) : error ? '' : t('project.devices.loading')}
          </Text>
          <ExportMenu load={exportShown} testId="export-devices" />
        </Group>
      </Group>
      <Group gap="sm" align="flex-end">
        <SearchInput label={t('project.devices.search')} placeholder={t('project.devices.searchPlaceholder')} value={search} onSearch={setSearch} w={260} />
        <Select
          label={t('project.devices.type')}
          placeholder={t('project.devices.allTypes')}
          data={DEVICE_TYPE_FILTERS.map((d) => ({ value: d, label: deviceTypeFilterLabel(t, d) }))}
          value={deviceType}
          onChange={(v) => setDeviceType(v as DeviceQuery['deviceType'])}
          clearable
          w={220}
        />
        <Select
          label={t('project.devices.building')}
          placeholder={t('project.devices.allBuildings')}
          data={buildings.map((b) => ({ value: b.buildingId, label: `${b.name} (${b.devices})` }))}
          value={buildingId}
          onChange={setBuildingId}
          clearable
          searchable
          w={220}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="device-status-label">
            {t('project.devices.status')}
          </Text>
          <SegmentedControl
            data-testid="status-filter"
            aria-labelledby="device-status-label"
            value={status}
            onChange={(v) => setStatus(v as typeof status)}
            data={[
              { value: 'all', label: t('project.devices.any') },
              { value: 'online', label: onlineLabel(t, true) },
              { value: 'offline', label: onlineLabel(t, false) },
            ]}
          />
        </Stack>
      </Group>
      {buildingsRead.appError && <ErrorAlert error={buildingsRead.appError} onRetry={() => void buildingsRead.refetch()} />}
      <Group align="stretch" gap="md" style={{ flex: 1, minHeight: 0 }} wrap="nowrap">
        <Paper withBorder style={{ flex: 3, minWidth: 0, display: 'flex' }}>
          {error && total === null ? (
            <Stack p="md" w="100%">
              <ErrorAlert error={error} />
            </Stack>
          ) : total === 0 ? (
            <Text p="md" size="sm">
              {asOf === null ? t('project.devices.empty') : t('project.devices.none')}
            </Text>
          ) : (
            <DeviceList total={total ?? 0} rows={rows} ensure={ensure} selected={selected} onSelect={setSelected} />
          )}
        </Paper>
        <Paper withBorder p="md" style={{ flex: 2, minWidth: 260, overflow: 'auto' }}>
          {selected ? <DeviceDetail scope={scope} deviceId={selected} /> : null}
        </Paper>
      </Group>
    </Stack>
  )
}

function DeviceList(props: {
  readonly total: number
  readonly rows: ReadonlyMap<number, CachedDevice>
  readonly ensure: (from: number, to: number) => void
  readonly selected: string | null
  readonly onSelect: (id: string) => void
}) {
  const { t } = useTranslation()
  const parent = useRef<HTMLDivElement>(null)
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual returns fresh functions by design.
  const virtualizer = useVirtualizer({ count: props.total, getScrollElement: () => parent.current, estimateSize: () => ROW_HEIGHT, overscan: 12 })
  const items = virtualizer.getVirtualItems()
  const first = items[0]?.index ?? 0
  const last = items.at(-1)?.index ?? 0
  const { ensure } = props
  useEffect(() => ensure(first, last), [ensure, first, last])
  return (
    <div ref={parent} style={{ overflow: 'auto', width: '100%' }} role="list" aria-label={t('project.devices.title')} data-testid="device-list">
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {items.map((item) => {
          const d = props.rows.get(item.index)
          return (
            <div
              key={item.key}
              role="listitem"
              style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
            >
              {d ? (
                <UnstyledButton
                  onClick={() => props.onSelect(d.deviceId)}
                  aria-pressed={props.selected === d.deviceId}
                  w="100%"
                  h="100%"
                  px="md"
                  data-testid="device-row"
                  style={{
                    borderBottom: '1px solid var(--mantine-color-default-border)',
                    background: props.selected === d.deviceId ? 'var(--mantine-primary-color-light)' : undefined,
                  }}
                >
                  <Group justify="space-between" wrap="nowrap">
                    <div style={{ minWidth: 0 }}>
                      <Text size="sm" fw={600} truncate>
                        {d.name}
                      </Text>
                      <Group gap={6} wrap="nowrap">
                        {d.matched && (
                          <Text size="xs" fw={600} c="blue" style={{ flexShrink: 0 }} data-testid="device-matched">
                            {t(`project.devices.matched.${d.matched.kind}`, { name: d.matched.name })}
                          </Text>
                        )}
                        <Text size="xs" c="dimmed" truncate>
                          {[d.buildingName, deviceTypeLabel(t, d.deviceType), d.mac].filter(Boolean).join(' · ')}
                        </Text>
                      </Group>
                    </div>
                    <Stack gap={0} align="flex-end">
                      <OnlineBadge online={d.online} />
                      <DeviceStatusSince device={d} />
                    </Stack>
                  </Group>
                </UnstyledButton>
              ) : (
                <Group px="md" h="100%">
                  <Loader size="xs" />
                </Group>
              )}
            </div>
          )
        })}
      </div>
    </div>
  )
}

function DeviceDetail({ scope, deviceId }: { readonly scope: ProjectScope; readonly deviceId: string }) {
  const { t } = useTranslation()
  const detailRead = useDeviceDetail(scope, deviceId)
  const channelsRead = useDeviceChannels(scope, deviceId)
  const detail = detailRead.data
  const channels = channelsRead.data ?? []
  const failed = detailRead.appError ?? channelsRead.appError
  if (failed) return <ErrorAlert error={failed} onRetry={retryAll(detailRead, channelsRead)} />
  if (!detail) return <Loader size="sm" />
  const relayRows = (relays: CachedDeviceDetail['relays']) =>
    relays.length === 0 ? (
      <Text size="sm" c="dimmed">
        {t('project.devices.noRelays')}
      </Text>
    ) : (
      <Table>
        <Table.Tbody>
          {relays.map((r) => (
            <Table.Tr key={r.relayId}>
              <Table.Td>{r.name}</Table.Td>
              <Table.Td w={60} ta="right">
                {r.number && <Badge variant="light">{r.number}</Badge>}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    )
  return (
    <Stack gap="sm" aria-label={t('project.devices.details', { name: detail.name })} data-testid="device-detail">
      <Title order={2} size="h4">
        {detail.name}
      </Title>
      <OnlineBadge online={detail.online} />
      <DeviceStatusSince device={detail} />
      <Text size="sm">
        {[detail.buildingName, deviceTypeLabel(t, detail.deviceType)].filter(Boolean).join(' · ')}
        <br />
        {t('project.devices.mac')}: {detail.mac}
      </Text>
      {channels.length > 0 ? (
        <>
          <Title order={3} size="h6">
            {t('project.devices.channels')}
          </Title>
          {channels.map((c) => (
            <Group key={c.channelId} justify="space-between">
              <Text size="sm">{c.name}</Text>
              <Text size="xs" c="dimmed">
                {c.positionPath}
              </Text>
            </Group>
          ))}
        </>
      ) : (
        <>
          <Title order={3} size="h6">
            {t('project.devices.relays')}
          </Title>
          {relayRows(detail.relays)}
          <Title order={3} size="h6">
            {t('project.devices.securityRelays')}
          </Title>
          {relayRows(detail.securityRelays)}
        </>
      )}
    </Stack>
  )
}
