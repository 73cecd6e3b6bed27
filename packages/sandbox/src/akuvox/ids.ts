import type { Random } from '../common/random'

/** Vendor-shaped ids: a one-letter type prefix + 32 lowercase hex (docs/clouds.md#akuvox-ids). */
export type IdMinter = (prefix: IdPrefix) => string

export type IdPrefix = 'p' | 'b' | 'd' | 'r' | 'a' | 's' | 'f' | 't'

export function idMinter(random: Random): IdMinter {
  return (prefix) => `${prefix}${random.hex(32)}`
}

/** Vendor timestamps: `YYYY-MM-DD HH:mm:ss`, UTC. */
export function utcText(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace('T', ' ')
}
