import { DAY_SECONDS, clockText, dateText, parseClock, parseDate, shortClock } from './clock'
import { type Weekday, dayStrings, parseDays, shiftDay, sortDays } from './days'
import type { ApiSchedule, FromUtcResult, LocalSchedule, ScheduleNote, ScheduleProblem, ToUtcResult } from './types'
import { isWholeDay } from './whole-day'
import { isKnownZone, nextOffsetChange, offsetMinutes, wallTimeAt, wallTimeToUtc } from './zone'

const YEAR_MS = 366 * 86_400_000

/** Which day a moment `seconds` after local midnight falls on relative to that day: -1, 0 or +1. */
const dayOf = (seconds: number): number => Math.floor(seconds / DAY_SECONDS)

function validate(local: LocalSchedule, timeZone: string): ScheduleProblem[] {
  const problems: ScheduleProblem[] = []
  if (!isKnownZone(timeZone)) problems.push({ kind: 'unknownZone', timeZone })
  const start = parseClock(local.start)
  const finish = parseClock(local.finish)
  if (start === null) problems.push({ kind: 'badTime', field: 'start' })
  if (finish === null) problems.push({ kind: 'badTime', field: 'finish' })
  if (local.repeat === 'weekly' && local.days.length === 0) problems.push({ kind: 'noDays' })
  if (local.repeat === 'never') {
    const startDate = parseDate(local.startDate)
    const finishDate = parseDate(local.finishDate)
    if (!startDate) problems.push({ kind: 'badDate', field: 'startDate' })
    if (!finishDate) problems.push({ kind: 'badDate', field: 'finishDate' })
    if (
      startDate &&
      finishDate &&
      start !== null &&
      finish !== null &&
      `${local.finishDate} ${clockText(finish)}` <= `${local.startDate} ${clockText(start)}`
    ) {
      problems.push({ kind: 'finishBeforeStart' })
    }
  } else if (start !== null && start === finish) {
    problems.push({ kind: 'sameStartAndFinish' })
  }
  return problems
}

/**
 * Local → the API's UTC form. Daily and weekly times are a time of day, so one offset is used:
 * the zone's at `referenceMs` (now). A clock change within a year is reported, since the cloud
 * keeps UTC and the local opening time moves with it. Weekly days move with the start time when
 * UTC puts it on another day; the notes say so.
 */
export function localToUtc(local: LocalSchedule, timeZone: string, referenceMs: number): ToUtcResult {
  const problems = validate(local, timeZone)
  if (problems.length > 0) return { ok: false, problems }
  const start = parseClock(local.start) as number
  const finish = parseClock(local.finish) as number
  if (local.repeat === 'never') return oneOffToUtc(local, start, finish, timeZone)

  const offset = offsetMinutes(timeZone, referenceMs)
  const wholeDay = start === 0 && finish >= DAY_SECONDS - 60 && (local.repeat === 'daily' || local.days.length === 7)
  if (wholeDay) {
    // Kept as the cloud's own system groups keep it, 00:00–23:59 UTC: all day in every zone and
    // across every clock change.
    const utc: ApiSchedule = {
      repeatMode: local.repeat,
      availableDays: local.repeat === 'weekly' ? dayStrings(local.days) : [],
      startTime: clockText(0),
      finishTime: clockText(finish),
    }
    return { ok: true, utc, notes: [{ kind: 'storedAsUtc', timeZone, offsetMinutes: offset }, { kind: 'wholeDay' }] }
  }
  const utcStart = start - offset * 60
  const utcFinish = finish - offset * 60
  const notes: ScheduleNote[] = [{ kind: 'storedAsUtc', timeZone, offsetMinutes: offset }]
  if (finish < start) notes.push({ kind: 'overnight', finish: shortClock(finish) })
  const startText = clockText(utcStart)
  const finishText = clockText(utcFinish)
  if (finish > start && startText > finishText) notes.push({ kind: 'utcOvernight', utcStart: shortClock(utcStart), utcFinish: shortClock(utcFinish) })
  let availableDays: string[] = []
  if (local.repeat === 'weekly') {
    const by = dayOf(utcStart)
    const localDays = sortDays(local.days)
    const utcDays = sortDays(localDays.map((d) => shiftDay(d, by)))
    if (by !== 0) notes.push({ kind: 'daysShifted', by: by < 0 ? -1 : 1, localDays, utcDays })
    availableDays = dayStrings(utcDays)
  }
  notes.push(...clockChange(timeZone, referenceMs, offset, utcStart, utcFinish))
  return { ok: true, utc: { repeatMode: local.repeat, availableDays, startTime: startText, finishTime: finishText }, notes }
}

function clockChange(timeZone: string, referenceMs: number, offset: number, utcStart: number, utcFinish: number): ScheduleNote[] {
  const at = nextOffsetChange(timeZone, referenceMs, YEAR_MS)
  if (at === null) return []
  const after = offsetMinutes(timeZone, at + 60_000)
  if (after === offset) return []
  const w = wallTimeAt(timeZone, at)
  return [{ kind: 'clockChange', at: dateText(w), start: shortClock(utcStart + after * 60), finish: shortClock(utcFinish + after * 60) }]
}

function oneOffToUtc(local: Extract<LocalSchedule, { repeat: 'never' }>, start: number, finish: number, timeZone: string): ToUtcResult {
  const notes: ScheduleNote[] = []
  const convert = (dateTextValue: string, seconds: number, field: 'start' | 'finish'): string => {
    const d = parseDate(dateTextValue) as NonNullable<ReturnType<typeof parseDate>>
    const wall = { ...d, hour: Math.floor(seconds / 3600), minute: Math.floor(seconds / 60) % 60, second: seconds % 60 }
    const { utcMs, fate } = wallTimeToUtc(timeZone, wall)
    if (fate.kind === 'gap') {
      notes.push({ kind: 'gap', field, requested: shortClock(seconds), used: shortClock(seconds + fate.shiftMinutes * 60), shiftMinutes: fate.shiftMinutes })
    } else if (fate.kind === 'ambiguous') {
      notes.push({ kind: 'ambiguous', field, time: shortClock(seconds) })
    }
    return utcText(utcMs)
  }
  const startTime = convert(local.startDate, start, 'start')
  const finishTime = convert(local.finishDate, finish, 'finish')
  const offset = offsetMinutes(timeZone, Date.parse(`${startTime.replace(' ', 'T')}Z`))
  return {
    ok: true,
    utc: { repeatMode: 'never', availableDays: [], startTime, finishTime },
    notes: [{ kind: 'storedAsUtc', timeZone, offsetMinutes: offset }, ...notes],
  }
}

function utcText(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace('T', ' ')
}

const ONE_OFF = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})$/

/**
 * The API's UTC form → local, for showing and editing. Uses the zone's offset at `referenceMs`
 * for times of day (the same rule as `localToUtc`, so a round trip is exact); a one-off window
 * uses the offset at its own dates.
 */
export function utcToLocal(
  schedule: { readonly repeatMode: string; readonly availableDays: readonly string[]; readonly startTime: string; readonly finishTime: string },
  timeZone: string,
  referenceMs: number,
): FromUtcResult {
  if (!isKnownZone(timeZone)) return { ok: false }
  if (schedule.repeatMode === 'never') return oneOffToLocal(schedule, timeZone)
  if (schedule.repeatMode !== 'daily' && schedule.repeatMode !== 'weekly') return { ok: false }
  const utcStart = parseClock(schedule.startTime)
  const utcFinish = parseClock(schedule.finishTime)
  if (utcStart === null || utcFinish === null) return { ok: false }
  const offset = offsetMinutes(timeZone, referenceMs)
  const notes: ScheduleNote[] = [{ kind: 'storedAsUtc', timeZone, offsetMinutes: offset }]
  // A window over the whole of every day (the cloud's system groups keep 00:00–23:59 UTC) is
  // all day in every zone: it reads from midnight, however far the zone is from UTC.
  if (isWholeDay(schedule)) {
    const whole = { start: clockText(0), finish: clockText((utcFinish - utcStart + DAY_SECONDS) % DAY_SECONDS) }
    const local: LocalSchedule =
      schedule.repeatMode === 'daily' ? { repeat: 'daily', ...whole } : { repeat: 'weekly', days: parseDays(schedule.availableDays), ...whole }
    return { ok: true, local, notes }
  }
  const start = utcStart + offset * 60
  const finish = utcFinish + offset * 60
  const startText = clockText(start)
  const finishText = clockText(finish)
  if (finishText < startText) notes.push({ kind: 'overnight', finish: shortClock(finish) })
  if (schedule.repeatMode === 'daily') return { ok: true, local: { repeat: 'daily', start: startText, finish: finishText }, notes }
  const by = dayOf(start)
  const utcDays = parseDays(schedule.availableDays)
  const localDays: Weekday[] = sortDays(utcDays.map((d) => shiftDay(d, by)))
  if (by !== 0) notes.push({ kind: 'daysShifted', by: by < 0 ? 1 : -1, localDays, utcDays })
  return { ok: true, local: { repeat: 'weekly', days: localDays, start: startText, finish: finishText }, notes }
}

function oneOffToLocal(schedule: { readonly startTime: string; readonly finishTime: string }, timeZone: string): FromUtcResult {
  const toLocal = (text: string): { date: string; time: string } | null => {
    const m = ONE_OFF.exec(text)
    if (!m) return null
    const w = wallTimeAt(timeZone, Date.parse(`${m[1]}T${m[2]}Z`))
    return { date: dateText(w), time: clockText(w.hour * 3600 + w.minute * 60 + w.second) }
  }
  const start = toLocal(schedule.startTime)
  const finish = toLocal(schedule.finishTime)
  if (!start || !finish) return { ok: false }
  const offset = offsetMinutes(timeZone, Date.parse(`${schedule.startTime.replace(' ', 'T')}Z`))
  return {
    ok: true,
    local: { repeat: 'never', startDate: start.date, start: start.time, finishDate: finish.date, finish: finish.time },
    notes: [{ kind: 'storedAsUtc', timeZone, offsetMinutes: offset }],
  }
}
