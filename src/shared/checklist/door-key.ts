import type { DoorRef } from '../domain/checklist'
import { assertNever } from '../util/assert-never'

/**
 * One text per door, kept with the installer's test: `relay/<device>/<relay>`,
 * `security/<device>/<relay>` or `channel/<channel>`, each id URI-encoded so an id holding a
 * slash cannot be read as two.
 */
export function doorKey(ref: DoorRef): string {
  const part = encodeURIComponent
  switch (ref.kind) {
    case 'relay':
    case 'security':
      return `${ref.kind}/${part(ref.deviceId)}/${part(ref.relayId)}`
    case 'channel':
      return `channel/${part(ref.channelId)}`
    default:
      return assertNever(ref, 'door')
  }
}

/** The door a key names, or null for a text no door has. */
export function parseDoorKey(key: string): DoorRef | null {
  const parts = key.split('/')
  let ids: string[]
  try {
    ids = parts.slice(1).map((p) => decodeURIComponent(p))
  } catch {
    return null
  }
  if (ids.some((id) => id === '')) return null
  const [kind] = parts
  if ((kind === 'relay' || kind === 'security') && ids.length === 2) return { kind, deviceId: ids[0] as string, relayId: ids[1] as string }
  if (kind === 'channel' && ids.length === 1) return { kind, channelId: ids[0] as string }
  return null
}
