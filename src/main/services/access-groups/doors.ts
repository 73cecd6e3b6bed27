import type { DoorSelection, SiteDevice } from '@shared/domain/access-groups'
import type { AkuvoxAccessGroupDeviceInput } from '@shared/domain/akuvox'
import { AppErrorException, appError } from '@shared/errors'

function unknownDoor(field: string, detail: string): AppErrorException {
  return new AppErrorException(appError('invalid_input', { messageKey: 'accessGroups.errors.unknownDoor', params: { field }, detail }))
}

/**
 * The devices param the API wants (device, MAC, building and relay ids), from what the installer
 * picked and the cached site. A device or relay the cache does not know is refused, not guessed.
 */
export function resolveDoors(doors: readonly DoorSelection[], site: ReadonlyMap<string, SiteDevice>): AkuvoxAccessGroupDeviceInput[] {
  const seen = new Set<string>()
  return doors.map((door, i) => {
    const device = site.get(door.deviceId)
    if (!device) throw unknownDoor(`doors.${i}.deviceId`, `device ${door.deviceId} is not in the cached site`)
    if (seen.has(device.deviceId)) throw unknownDoor(`doors.${i}.deviceId`, `device ${door.deviceId} is listed twice`)
    seen.add(device.deviceId)
    const check = (ids: readonly string[], owned: SiteDevice['relays'], field: string): string[] =>
      [...new Set(ids)].map((id) => {
        if (!owned.some((r) => r.relayId === id)) throw unknownDoor(`doors.${i}.${field}`, `relay ${id} is not on device ${device.deviceId}`)
        return id
      })
    return {
      deviceId: device.deviceId,
      buildingId: device.buildingId,
      mac: device.mac,
      relayIds: check(door.relayIds, device.relays, 'relayIds'),
      securityRelayIds: check(door.securityRelayIds, device.securityRelays, 'securityRelayIds'),
    }
  })
}
