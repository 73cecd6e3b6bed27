import { parseClock, shortClock } from './clock'
import { type Weekday, WEEK_ORDER, sortDays } from './days'
import type { LocalSchedule } from './types'

/** Which days, in the shortest words: the UI turns each kind into a translated phrase. */
export type DaysPhrase =
  | { readonly kind: 'everyDay' }
  | { readonly kind: 'weekdays' }
  | { readonly kind: 'weekend' }
  /** Consecutive days (Monday first), e.g. Tuesday to Saturday. */
  | { readonly kind: 'range'; readonly from: Weekday; readonly to: Weekday }
  | { readonly kind: 'list'; readonly days: readonly Weekday[] }

/** A schedule in words, as data: `Weekdays 07:00–19:00`, `Every day, all day`, `Once, …`. */
export type ScheduleWords =
  | {
      readonly kind: 'repeating'
      readonly days: DaysPhrase
      readonly start: string
      readonly finish: string
      readonly allDay: boolean
      readonly overnight: boolean
    }
  | { readonly kind: 'once'; readonly startDate: string; readonly start: string; readonly finishDate: string; readonly finish: string }

const WEEKDAY_SET: readonly Weekday[] = [1, 2, 3, 4, 5]
const WEEKEND_SET: readonly Weekday[] = [6, 0]

const same = (a: readonly Weekday[], b: readonly Weekday[]): boolean => a.length === b.length && a.every((d, i) => d === b[i])

export function daysPhrase(days: readonly Weekday[]): DaysPhrase {
  const sorted = sortDays(days)
  if (sorted.length === 7) return { kind: 'everyDay' }
  if (same(sorted, WEEKDAY_SET)) return { kind: 'weekdays' }
  if (same(sorted, WEEKEND_SET)) return { kind: 'weekend' }
  const positions = sorted.map((d) => WEEK_ORDER.indexOf(d))
  const consecutive = positions.every((p, i) => i === 0 || p === (positions[i - 1] as number) + 1)
  if (sorted.length >= 3 && consecutive) return { kind: 'range', from: sorted[0] as Weekday, to: sorted.at(-1) as Weekday }
  return { kind: 'list', days: sorted }
}

export function scheduleWords(local: LocalSchedule): ScheduleWords {
  const start = parseClock(local.start) ?? 0
  const finish = parseClock(local.finish) ?? 0
  if (local.repeat === 'never') {
    return { kind: 'once', startDate: local.startDate, start: shortClock(start), finishDate: local.finishDate, finish: shortClock(finish) }
  }
  const days: DaysPhrase = local.repeat === 'daily' ? { kind: 'everyDay' } : daysPhrase(local.days)
  // 00:00–23:59(:59) is the cloud's "all day" (its system groups use it).
  const allDay = start === 0 && finish >= 23 * 3600 + 59 * 60
  return { kind: 'repeating', days, start: shortClock(start), finish: shortClock(finish), allDay, overnight: finish < start }
}
