import { hashString } from '../common/random'
import type { SbDevice } from './model'

/** Flapping devices change state in slots of this length. */
const FLAP_SLOT_MS = 10 * 60_000

/**
 * Whether a device is online at `now`: the admin override, else its base state, else (for the
 * few that flap) a coin deterministic from the device and the time slot — so the same clock
 * always shows the same site, and advancing it changes the picture.
 */
export function deviceOnline(device: SbDevice, now: number): boolean {
  if (device.forcedOnline !== null) return device.forcedOnline
  if (!device.flapping) return device.baseOnline
  return hashString(`${device.deviceId}:${Math.floor(now / FLAP_SLOT_MS)}`) % 3 !== 0
}
