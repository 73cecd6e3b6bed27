import { Alert, Checkbox, Group, Pagination, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core'
import type { SiteDevice, SiteTree } from '@shared/domain/access-groups'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { DeviceStatus } from '../DeviceStatus'
import { deviceTypeLabel } from '../../../i18n/labels'
import { type DeviceFilter, type PickedRelays, filterTree, toggleDevice, toggleRelay } from './wizard-form'
import { SearchInput } from '../../../components/SearchInput'
import { FIELD_LIMITS } from '@shared/field-limits'

const PAGE = 20
const FILTERS: readonly DeviceFilter[] = ['all', 'online', 'offline', 'picked']

interface Props {
  readonly tree: SiteTree
  readonly picked: ReadonlyMap<string, PickedRelays>
  readonly onChange: (picked: ReadonlyMap<string, PickedRelays>) => void
  readonly showProblems: boolean
}

/**
 * Step 2: buildings → devices → relays and security relays from the cache, with status. Whole
 * devices or single relays; offline devices can be picked and say when it will apply. Search and
 * a filter narrow large sites; pages of 20 devices keep the list short.
 */
export function DoorsStep({ tree, picked, onChange, showProblems }: Props) {
  const { t } = useTranslation()
  const [search, setSearch] = useState('')
  const [filter, setFilter] = useState<DeviceFilter>('all')
  const [page, setPage] = useState(1)
  const devices = filterTree(tree, search, filter, picked)
  const pages = Math.max(1, Math.ceil(devices.length / PAGE))
  const current = Math.min(page, pages)
  const visible = devices.slice((current - 1) * PAGE, current * PAGE)
  const relayCount = [...picked.values()].reduce((n, p) => n + p.relays.size + p.security.size, 0)
  const groups = new Map<string, SiteDevice[]>()
  for (const d of visible) groups.set(d.buildingName, [...(groups.get(d.buildingName) ?? []), d])
  return (
    <Stack gap="md" data-testid="doors-step">
      <Group align="flex-end">
        <SearchInput
          label={t('accessGroups.wizard.searchDoors')}
          value={search}
          onSearch={(value) => {
            setSearch(value)
            setPage(1)
          }}
          style={{ flex: 1 }}
        />
        <SegmentedControl
          aria-label={t('accessGroups.wizard.show')}
          value={filter}
          onChange={(v) => {
            setFilter(v as DeviceFilter)
            setPage(1)
          }}
          data={FILTERS.map((f) => ({ value: f, label: t(`accessGroups.wizard.filter.${f}`) }))}
        />
      </Group>
      <Text size="sm" role="status">
        {t('accessGroups.wizard.pickedSummary', { devices: picked.size, relays: relayCount })}
      </Text>
      {showProblems && picked.size === 0 && (
        <Alert color="red" role="alert">
          {t('accessGroups.problems.noDoors')}
        </Alert>
      )}
      {picked.size > FIELD_LIMITS.groupDoors && (
        <Alert color="red" role="alert">
          {t('accessGroups.problems.tooManyDoors', { max: FIELD_LIMITS.groupDoors })}
        </Alert>
      )}
      {[...groups].map(([building, list]) => (
        <Paper key={building} withBorder p="sm">
          <Title order={3} size="h5" mb="xs">
            {building || t('accessGroups.doors.noBuilding')}
          </Title>
          <Stack gap="sm">
            {list.map((d) => (
              <DeviceRow key={d.deviceId} device={d} picked={picked.get(d.deviceId)} onChange={(next) => onChange(next(picked))} />
            ))}
          </Stack>
        </Paper>
      ))}
      {devices.length === 0 && <Text c="dimmed">{t('accessGroups.wizard.noDevices')}</Text>}
      {pages > 1 && <Pagination total={pages} value={current} onChange={setPage} aria-label={t('accessGroups.wizard.pages')} />}
    </Stack>
  )
}

type Change = (picked: ReadonlyMap<string, PickedRelays>) => Map<string, PickedRelays>

function DeviceRow({
  device,
  picked,
  onChange,
}: {
  readonly device: SiteDevice
  readonly picked: PickedRelays | undefined
  readonly onChange: (change: Change) => void
}) {
  const { t } = useTranslation()
  const total = device.relays.length + device.securityRelays.length
  const count = picked ? picked.relays.size + picked.security.size : 0
  return (
    <div data-testid="device-row">
      <Group gap="xs">
        <Checkbox
          label={
            <Text size="sm" fw={600} span>
              {device.name}
            </Text>
          }
          aria-label={t('accessGroups.wizard.wholeDevice', { name: device.name })}
          checked={total > 0 && count === total}
          indeterminate={count > 0 && count < total}
          disabled={total === 0}
          onChange={(e) => {
            const on = e.currentTarget.checked
            onChange((p) => toggleDevice(p, device, on))
          }}
        />
        <DeviceStatus online={device.online} />
        <Text size="xs" c="dimmed">
          {device.deviceType === '' ? device.mac : `${deviceTypeLabel(t, device.deviceType)} · ${device.mac}`}
        </Text>
      </Group>
      {!device.online && (
        <Text size="xs" c="orange" ml={30}>
          {t('accessGroups.doors.appliesOnReconnect')}
        </Text>
      )}
      {total === 0 && (
        <Text size="xs" c="dimmed" ml={30}>
          {t('accessGroups.wizard.noRelays')}
        </Text>
      )}
      <Group gap="md" ml={30} mt={4}>
        {device.relays.map((r) => (
          <Checkbox
            key={r.relayId}
            size="xs"
            label={t('accessGroups.doors.relay', { name: r.name, number: r.number })}
            aria-label={t('accessGroups.wizard.relayOf', { relay: r.name, device: device.name })}
            checked={picked?.relays.has(r.relayId) ?? false}
            onChange={() => onChange((p) => toggleRelay(p, device.deviceId, r.relayId, 'relays'))}
          />
        ))}
        {device.securityRelays.map((r) => (
          <Checkbox
            key={r.relayId}
            size="xs"
            label={t('accessGroups.doors.securityRelay', { name: r.name, number: r.number })}
            aria-label={t('accessGroups.wizard.securityRelayOf', { relay: r.name, device: device.name })}
            checked={picked?.security.has(r.relayId) ?? false}
            onChange={() => onChange((p) => toggleRelay(p, device.deviceId, r.relayId, 'security'))}
          />
        ))}
      </Group>
    </div>
  )
}
