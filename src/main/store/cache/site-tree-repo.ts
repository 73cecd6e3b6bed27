import type { AkuvoxDeviceType } from '@shared/domain/akuvox'
import type { SiteBuilding, SiteDevice, SiteRelay } from '@shared/domain/access-groups'
import type { SqlDatabase } from '../driver'
import type { CacheScope } from './scope'

interface DeviceRow extends Record<string, unknown> {
  id: string
  name: string
  device_type: AkuvoxDeviceType
  mac: string
  building_id: string | null
  building_name: string | null
  online: number
}

interface RelayRow extends Record<string, unknown> {
  device_id: string
  kind: 'relay' | 'security'
  id: string
  name: string
  number: string
}

/** The whole site in two reads: buildings → devices → relays and security relays, by name. */
export class SiteTreeRepo {
  constructor(private readonly db: SqlDatabase) {}

  buildings(scope: CacheScope): SiteBuilding[] {
    const relays = new Map<string, { relays: SiteRelay[]; securityRelays: SiteRelay[] }>()
    for (const r of this.db.all<RelayRow>(
      'SELECT device_id, kind, id, name, number FROM relays WHERE connection_id = ? AND project_id = ? ORDER BY device_id, number, name',
      scope.connectionId,
      scope.projectId,
    )) {
      const entry = relays.get(r.device_id) ?? { relays: [], securityRelays: [] }
      ;(r.kind === 'relay' ? entry.relays : entry.securityRelays).push({ relayId: r.id, name: r.name, number: r.number })
      relays.set(r.device_id, entry)
    }
    const buildings = new Map<string, { name: string; devices: SiteDevice[] }>()
    for (const d of this.db.all<DeviceRow>(
      'SELECT id, name, device_type, mac, building_id, building_name, online FROM devices WHERE connection_id = ? AND project_id = ? ORDER BY building_name, name, id',
      scope.connectionId,
      scope.projectId,
    )) {
      const buildingId = d.building_id ?? ''
      const building = buildings.get(buildingId) ?? { name: d.building_name ?? '', devices: [] }
      const own = relays.get(d.id)
      building.devices.push({
        deviceId: d.id,
        name: d.name,
        mac: d.mac,
        deviceType: d.device_type,
        online: d.online === 1,
        buildingId,
        buildingName: building.name,
        relays: own?.relays ?? [],
        securityRelays: own?.securityRelays ?? [],
      })
      buildings.set(buildingId, building)
    }
    return [...buildings].map(([buildingId, b]) => ({ buildingId, name: b.name, devices: b.devices }))
  }
}
