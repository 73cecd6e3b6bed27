/**
 * Time-zone arithmetic on plain numbers with `Intl.DateTimeFormat` (Node and Chromium both carry
 * the IANA database): no Temporal, no library. The zone is always passed in, never assumed.
 */

const MINUTE_MS = 60_000
const HOUR_MS = 60 * MINUTE_MS
const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
    formatters.set(timeZone, f)
  }
  return f
}

/** True when the runtime knows the zone (an IANA name such as `Europe/Berlin`). */
export function isKnownZone(timeZone: string): boolean {
  try {
    formatter(timeZone)
    return true
  } catch {
    return false
  }
}

/**
 * The zone's canonical IANA name (`asia/shanghai` → `Asia/Shanghai`), or null when the runtime
 * does not know it. Offsets such as `+08:00` are refused: a site's zone has clock changes, an
 * offset does not.
 */
export function canonicalZone(timeZone: string): string | null {
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(timeZone)) return null
  try {
    return new Intl.DateTimeFormat('en', { timeZone }).resolvedOptions().timeZone
  } catch {
    return null
  }
}

/** A wall-clock date and time in some zone; `second` of the day is kept exact. */
export interface WallTime {
  readonly year: number
  readonly month: number
  readonly day: number
  readonly hour: number
  readonly minute: number
  readonly second: number
}

export function wallTimeAt(timeZone: string, utcMs: number): WallTime {
  const parts: Record<string, number> = {}
  for (const p of formatter(timeZone).formatToParts(new Date(utcMs))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value)
  }
  return {
    year: parts.year ?? 1970,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: (parts.hour ?? 0) % 24,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  }
}

const asUtc = (w: WallTime): number => Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second)

/** The zone's offset from UTC at an instant, in minutes (east of Greenwich is positive). */
export function offsetMinutes(timeZone: string, utcMs: number): number {
  const whole = Math.floor(utcMs / 1000) * 1000
  return Math.round((asUtc(wallTimeAt(timeZone, whole)) - whole) / MINUTE_MS)
}

/**
 * What happened to a wall time that a clock change makes special: in a gap (spring forward) it
 * does not exist and is moved forward by the gap; in an overlap (fall back) it happens twice
 * and the first one is taken.
 */
export type WallTimeFate = { readonly kind: 'exact' } | { readonly kind: 'gap'; readonly shiftMinutes: number } | { readonly kind: 'ambiguous' }

export function wallTimeToUtc(timeZone: string, wall: WallTime): { readonly utcMs: number; readonly fate: WallTimeFate } {
  const naive = asUtc(wall)
  const before = offsetMinutes(timeZone, naive - 12 * HOUR_MS)
  const after = offsetMinutes(timeZone, naive + 12 * HOUR_MS)
  const candidates = [...new Set([before, after])]
    .map((offset) => naive - offset * MINUTE_MS)
    .filter((utc) => asUtc(wallTimeAt(timeZone, utc)) === naive)
    .sort((a, b) => a - b)
  const [first] = candidates
  if (first === undefined) return { utcMs: naive - before * MINUTE_MS, fate: { kind: 'gap', shiftMinutes: after - before } }
  return { utcMs: first, fate: candidates.length > 1 ? { kind: 'ambiguous' } : { kind: 'exact' } }
}

/** The next instant after `fromMs` (within `withinMs`) at which the zone's offset changes, or null. */
export function nextOffsetChange(timeZone: string, fromMs: number, withinMs: number): number | null {
  const start = offsetMinutes(timeZone, fromMs)
  const step = 6 * HOUR_MS
  for (let t = fromMs + step; t <= fromMs + withinMs; t += step) {
    if (offsetMinutes(timeZone, t) === start) continue
    let lo = t - step
    let hi = t
    while (hi - lo > MINUTE_MS) {
      const mid = Math.floor((lo + hi) / 2 / MINUTE_MS) * MINUTE_MS
      if (offsetMinutes(timeZone, mid) === start) lo = mid
      else hi = mid
    }
    return hi
  }
  return null
}
