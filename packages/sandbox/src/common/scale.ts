/** How big a generated demo site is: a preset, or a nominal number of devices. */
export type SiteScale = 'small' | 'large' | number

/** Nominal device count; each vendor's generator derives buildings, people, etc. from it. */
export function deviceCount(scale: SiteScale): number {
  if (scale === 'small') return 24
  if (scale === 'large') return 10_000
  if (!Number.isInteger(scale) || scale < 1 || scale > 200_000) throw new Error(`scale must be small, large or 1..200000, got ${scale}`)
  return scale
}

export function parseScale(raw: string): SiteScale {
  if (raw === 'small' || raw === 'large') return raw
  const n = Number(raw)
  if (!Number.isInteger(n)) throw new Error(`--scale takes small, large or a whole number, got "${raw}"`)
  deviceCount(n)
  return n
}
