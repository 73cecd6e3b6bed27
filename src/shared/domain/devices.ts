/** Cached devices, buildings and Tuya door channels with their online status and its freshness. Times are epoch milliseconds. */
import type { AppError } from '../errors'
import type { DeviceTypeFilter } from './device-types'

/** The device type as the cloud sent it; `deviceTypeOf` (`device-types.ts`) tells its kind. */
export type CachedDeviceType = string

export interface CachedRelay {
  readonly relayId: string
  readonly name: string
  readonly number: string
}

export interface CachedDevice {
  readonly deviceId: string
  readonly name: string
  readonly deviceType: CachedDeviceType
  readonly mac: string
  readonly buildingId: string | null
  readonly buildingName: string | null
  readonly online: boolean
  /** Online devices: the project's last status check. Offline: the last check that saw it online. */
  readonly lastSeenAt: number | null
  /** Since when the device has been in its current state, as far as Fieldkey saw. */
  readonly statusSince: number
  /**
   * When a check saw the device change into its current state; null when it has been in it since
   * the first sync that cached it (then `statusSince` is that sync, not when the change happened).
   */
  readonly statusChangedAt: number | null
  /** Set by a search that found the device by one of its relays or doors. */
  readonly matched?: DeviceMatch
}

/** A searched device found by a relay (Akuvox) or door (Tuya) name rather than its own name, building or MAC. */
export interface DeviceMatch {
  readonly kind: 'relay' | 'door'
  readonly name: string
}

export interface CachedDeviceDetail extends CachedDevice {
  readonly relays: readonly CachedRelay[]
  readonly securityRelays: readonly CachedRelay[]
}

export interface CachedBuilding {
  readonly buildingId: string
  readonly name: string
  readonly devices: number
  readonly offline: number
}

export interface DeviceFilter {
  readonly search?: string
  readonly deviceType?: DeviceTypeFilter
  readonly online?: boolean
  readonly buildingId?: string
  /** Offline first, then by building and name: what the devices view shows. */
  readonly offset?: number
  readonly limit?: number
}

export interface CachedChannel {
  readonly channelId: string
  readonly name: string
  readonly deviceId: string
  readonly deviceName: string
  readonly online: boolean
  readonly roomId: string
  readonly positionPath: string
}

export interface DeviceTransition {
  readonly deviceId: string
  readonly online: boolean
  readonly at: number
}

/** Why a project's device statuses can or cannot be trusted right now. */
export type StatusFreshness =
  | { readonly kind: 'fresh'; readonly checkedAt: number }
  /** The last polls failed for the network (or a timeout): the devices may be fine. */
  | { readonly kind: 'cloudUnreachable'; readonly since: number; readonly lastCheckedAt: number | null; readonly error: AppError | null }
  /** No successful check for `minutes` (or never): shown as "status stale (not checked for N min)". */
  | { readonly kind: 'stale'; readonly lastCheckedAt: number | null; readonly minutes: number | null }

export interface HealthChange {
  readonly connectionId: string
  readonly projectId: string
  readonly freshness: StatusFreshness
  readonly transitions: readonly DeviceTransition[]
  readonly offline: number
  readonly online: number
}
