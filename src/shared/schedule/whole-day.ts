import { DAY_SECONDS, parseClock } from './clock'
import { parseDays } from './days'

export interface ScheduleLike {
  readonly repeatMode: string
  readonly availableDays: readonly string[]
  readonly startTime: string
  readonly finishTime: string
}

/**
 * A repeating window that covers the whole day (00:00–23:59 or more, on every day): it is "all
 * day" in every time zone, so no clock change moves it.
 */
export function isWholeDay(schedule: ScheduleLike): boolean {
  const everyDay = schedule.repeatMode === 'daily' || (schedule.repeatMode === 'weekly' && parseDays(schedule.availableDays).length === 7)
  if (!everyDay) return false
  const start = parseClock(schedule.startTime)
  const finish = parseClock(schedule.finishTime)
  if (start === null || finish === null) return false
  return (finish - start + DAY_SECONDS) % DAY_SECONDS >= DAY_SECONDS - 60
}
