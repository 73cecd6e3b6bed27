import type { CachedDevice } from '@shared/domain/devices'

/** The words for how long a device has been online or offline, and the time they name. */
export type DeviceStatusLine =
  | { readonly key: 'offlineSince' | 'onlineSince'; readonly time: number }
  /** Offline already when the first sync cached it: since when, nobody knows. */
  | { readonly key: 'offlineAtFirstSync'; readonly time: number }
  | { readonly key: 'lastSeen'; readonly time: number }

/**
 * "Offline since …" only for a change Fieldkey saw; a device offline from the first sync says so
 * instead. The overview and the devices view both word a device's status with this.
 */
export function deviceStatusLine(device: Pick<CachedDevice, 'online' | 'statusSince' | 'statusChangedAt' | 'lastSeenAt'>): DeviceStatusLine {
  if (device.statusChangedAt !== null) return { key: device.online ? 'onlineSince' : 'offlineSince', time: device.statusChangedAt }
  if (!device.online) return { key: 'offlineAtFirstSync', time: device.statusSince }
  return { key: 'lastSeen', time: device.lastSeenAt ?? device.statusSince }
}
