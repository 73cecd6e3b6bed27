import type { AkuvoxAccessGroup } from '@shared/domain/akuvox'

/** A door's name in the pack: the device and its relay ("Main entrance · Relay A"), or the device alone when the relay has no name. */
export function doorName(deviceName: string, relayName: string): string {
  return relayName.trim() === '' ? deviceName : `${deviceName} · ${relayName}`
}

/** The doors one access group opens, from its cached detail: each relay and security relay it holds. */
export function groupDoors(group: AkuvoxAccessGroup | null): string[] {
  if (!group) return []
  return group.devices.flatMap((d) => [...d.relays, ...d.securityRelays].map((r) => doorName(d.deviceName, r.relayName)))
}
