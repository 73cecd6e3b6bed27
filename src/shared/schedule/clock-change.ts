import { localToUtc, utcToLocal } from './convert'
import type { ApiSchedule } from './types'
import { type ScheduleLike, isWholeDay } from './whole-day'
import { nextOffsetChange, offsetMinutes } from './zone'

const MINUTE_MS = 60_000
export const YEAR_MS = 366 * 86_400_000

/** A moment the site's clocks change, with its offsets from UTC (minutes) before and after. */
export interface ClockChange {
  readonly at: number
  readonly before: number
  readonly after: number
}

function changeAt(timeZone: string, at: number): ClockChange {
  return { at, before: offsetMinutes(timeZone, at - MINUTE_MS), after: offsetMinutes(timeZone, at) }
}

/** The zone's next clock change within `withinMs` of `fromMs`, or null (Asia/Shanghai has none). */
export function nextClockChange(timeZone: string, fromMs: number, withinMs: number = YEAR_MS): ClockChange | null {
  const at = nextOffsetChange(timeZone, fromMs, withinMs)
  return at === null ? null : changeAt(timeZone, at)
}

/** The zone's latest clock change at or before `nowMs`, looking back `withinMs`; null when none. */
export function lastClockChange(timeZone: string, nowMs: number, withinMs: number = YEAR_MS): ClockChange | null {
  let found: number | null = null
  let from = nowMs - withinMs
  for (;;) {
    const at = nextOffsetChange(timeZone, from, nowMs - from)
    if (at === null || at > nowMs) break
    found = at
    from = at
  }
  return found === null ? null : changeAt(timeZone, found)
}

/**
 * True when the window's site times move at a clock change: daily and weekly windows are
 * stored as UTC times of day, so they open an hour off afterwards; one-off windows are fixed
 * instants and whole-day windows cover every hour anyway.
 */
export function movesWithClocks(schedule: ScheduleLike): boolean {
  return (schedule.repeatMode === 'daily' || schedule.repeatMode === 'weekly') && !isWholeDay(schedule)
}

/**
 * The UTC schedule that keeps the site times the window had before `change`: read with the
 * offset before it, stored again with the offset after it (days move when UTC crosses midnight).
 * Null when the window does not move or cannot be read.
 */
export function shiftedForChange(schedule: ScheduleLike, timeZone: string, change: ClockChange): ApiSchedule | null {
  if (!movesWithClocks(schedule) || change.before === change.after) return null
  const local = utcToLocal(schedule, timeZone, change.at - MINUTE_MS)
  if (!local.ok) return null
  const utc = localToUtc(local.local, timeZone, change.at + MINUTE_MS)
  return utc.ok ? utc.utc : null
}
