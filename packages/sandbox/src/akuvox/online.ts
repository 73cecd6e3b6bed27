import { hashString } from '../common/random'
import type { Device } from './model'

/** Online status is re-rolled every this long, so a demo site visibly changes while one watches. */
const ONLINE_PERIOD_MS = 5 * 60_000
const FLIP_PERCENT = 10

/**
 * Deterministic from the device id and the clock: in each period about one device in ten is
 * away from its usual state. Admin overrides (a test taking a device offline) win.
 */
export function isOnline(device: Device, now: number, overrides: ReadonlyMap<string, boolean>): boolean {
  const forced = overrides.get(device.id)
  if (forced !== undefined) return forced
  const period = Math.floor(now / ONLINE_PERIOD_MS)
  const flipped = hashString(`${device.id}:${period}`) % 100 < FLIP_PERCENT
  return flipped ? !device.usuallyOnline : device.usuallyOnline
}
