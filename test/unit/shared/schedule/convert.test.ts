import { describe, expect, it } from 'vitest'
import { localToUtc, utcToLocal } from '../../../../src/shared/schedule'
import type { LocalSchedule, ToUtcResult } from '../../../../src/shared/schedule'

const JAN_15 = Date.UTC(2026, 0, 15, 12)
const JUL_1 = Date.UTC(2026, 6, 1, 12)

function ok(result: ToUtcResult) {
  if (!result.ok) throw new Error(`expected a conversion, got ${JSON.stringify(result.problems)}`)
  return result
}

describe('local → UTC for repeating schedules', () => {
  it('in UTC nothing moves and nothing needs explaining but the zone', () => {
    const r = ok(localToUtc({ repeat: 'daily', start: '07:00', finish: '19:00' }, 'UTC', JAN_15))
    expect(r.utc).toEqual({ repeatMode: 'daily', availableDays: [], startTime: '07:00:00', finishTime: '19:00:00' })
    expect(r.notes).toEqual([{ kind: 'storedAsUtc', timeZone: 'UTC', offsetMinutes: 0 }])
  })

  it('east of UTC, weekday mornings start the day before in UTC: the days move and it says so', () => {
    const r = ok(localToUtc({ repeat: 'weekly', days: [1, 2, 3, 4, 5], start: '07:00', finish: '19:00' }, 'Asia/Shanghai', JAN_15))
    expect(r.utc).toEqual({ repeatMode: 'weekly', availableDays: ['0', '1', '2', '3', '4'], startTime: '23:00:00', finishTime: '11:00:00' })
    expect(r.notes).toContainEqual({ kind: 'daysShifted', by: -1, localDays: [1, 2, 3, 4, 5], utcDays: [1, 2, 3, 4, 0] })
    expect(r.notes).toContainEqual({ kind: 'utcOvernight', utcStart: '23:00', utcFinish: '11:00' })
    expect(r.notes.some((n) => n.kind === 'clockChange')).toBe(false)
  })

  it('west of UTC, a Friday evening starts on Saturday in UTC', () => {
    const r = ok(localToUtc({ repeat: 'weekly', days: [5], start: '18:00', finish: '23:00' }, 'America/Los_Angeles', JAN_15))
    expect(r.utc).toMatchObject({ availableDays: ['6'], startTime: '02:00:00', finishTime: '07:00:00' })
    expect(r.notes).toContainEqual({ kind: 'daysShifted', by: 1, localDays: [5], utcDays: [6] })
  })

  it('half-hour zones convert to the minute', () => {
    const r = ok(localToUtc({ repeat: 'weekly', days: [1], start: '02:00', finish: '04:15' }, 'Asia/Kolkata', JAN_15))
    expect(r.utc).toMatchObject({ availableDays: ['0'], startTime: '20:30:00', finishTime: '22:45:00' })
  })

  it('a local window across midnight is kept as one overnight window and explained', () => {
    const r = ok(localToUtc({ repeat: 'daily', start: '22:00', finish: '06:00' }, 'Europe/Berlin', JAN_15))
    expect(r.utc).toMatchObject({ startTime: '21:00:00', finishTime: '05:00:00' })
    expect(r.notes).toContainEqual({ kind: 'overnight', finish: '06:00' })
  })

  it('the offset is the one in force at the reference date (winter and summer differ)', () => {
    const local: LocalSchedule = { repeat: 'daily', start: '07:00', finish: '19:00' }
    expect(ok(localToUtc(local, 'Europe/Berlin', JAN_15)).utc.startTime).toBe('06:00:00')
    expect(ok(localToUtc(local, 'Europe/Berlin', JUL_1)).utc.startTime).toBe('05:00:00')
  })

  it('a clock change within a year is announced with the local times after it', () => {
    const r = ok(localToUtc({ repeat: 'daily', start: '07:00', finish: '19:00' }, 'Europe/Berlin', JAN_15))
    expect(r.notes).toContainEqual({ kind: 'clockChange', at: '2026-03-29', start: '08:00', finish: '20:00' })
    const summer = ok(localToUtc({ repeat: 'daily', start: '07:00', finish: '19:00' }, 'America/New_York', JUL_1))
    expect(summer.notes).toContainEqual({ kind: 'clockChange', at: '2026-11-01', start: '06:00', finish: '18:00' })
  })

  it('seconds the cloud stored survive (23:59:59 stays 23:59:59)', () => {
    const r = ok(localToUtc({ repeat: 'daily', start: '00:00:00', finish: '23:59:59' }, 'UTC', JAN_15))
    expect(r.utc).toMatchObject({ startTime: '00:00:00', finishTime: '23:59:59' })
  })
})

describe('local → UTC for a one-off window (repeat never)', () => {
  it('uses the offset at its own dates', () => {
    const r = ok(
      localToUtc({ repeat: 'never', startDate: '2026-07-04', start: '09:00', finishDate: '2026-07-04', finish: '17:00' }, 'America/New_York', JAN_15),
    )
    expect(r.utc).toEqual({ repeatMode: 'never', availableDays: [], startTime: '2026-07-04 13:00:00', finishTime: '2026-07-04 21:00:00' })
  })

  it('a time skipped by spring-forward does not exist: it is moved forward and the note says by how much', () => {
    const r = ok(
      localToUtc({ repeat: 'never', startDate: '2026-03-08', start: '02:30', finishDate: '2026-03-08', finish: '06:00' }, 'America/New_York', JAN_15),
    )
    expect(r.utc.startTime).toBe('2026-03-08 07:30:00')
    expect(r.notes).toContainEqual({ kind: 'gap', field: 'start', requested: '02:30', used: '03:30', shiftMinutes: 60 })
  })

  it('a time repeated by fall-back is ambiguous: the first one is used and said', () => {
    const r = ok(
      localToUtc({ repeat: 'never', startDate: '2026-11-01', start: '01:30', finishDate: '2026-11-01', finish: '05:00' }, 'America/New_York', JAN_15),
    )
    expect(r.utc.startTime).toBe('2026-11-01 05:30:00')
    expect(r.notes).toContainEqual({ kind: 'ambiguous', field: 'start', time: '01:30' })
  })

  it('a window crossing the date line of UTC keeps its dates exact', () => {
    const r = ok(
      localToUtc({ repeat: 'never', startDate: '2026-01-01', start: '06:00', finishDate: '2026-01-02', finish: '06:00' }, 'Pacific/Auckland', JAN_15),
    )
    expect(r.utc).toMatchObject({ startTime: '2025-12-31 17:00:00', finishTime: '2026-01-01 17:00:00' })
  })
})

describe('validation says what to fix', () => {
  it('weekly without days, equal times, a finish before the start, bad input', () => {
    expect(localToUtc({ repeat: 'weekly', days: [], start: '07:00', finish: '19:00' }, 'UTC', JAN_15)).toEqual({ ok: false, problems: [{ kind: 'noDays' }] })
    expect(localToUtc({ repeat: 'daily', start: '07:00', finish: '07:00' }, 'UTC', JAN_15)).toEqual({ ok: false, problems: [{ kind: 'sameStartAndFinish' }] })
    expect(localToUtc({ repeat: 'never', startDate: '2026-02-02', start: '10:00', finishDate: '2026-02-01', finish: '11:00' }, 'UTC', JAN_15)).toEqual({
      ok: false,
      problems: [{ kind: 'finishBeforeStart' }],
    })
    expect(localToUtc({ repeat: 'never', startDate: '2026-02-30', start: '25:00', finishDate: '2026-03-01', finish: '11:00' }, 'UTC', JAN_15)).toEqual({
      ok: false,
      problems: [
        { kind: 'badTime', field: 'start' },
        { kind: 'badDate', field: 'startDate' },
      ],
    })
    expect(localToUtc({ repeat: 'daily', start: '07:00', finish: '08:00' }, 'Mars/Olympus', JAN_15)).toEqual({
      ok: false,
      problems: [{ kind: 'unknownZone', timeZone: 'Mars/Olympus' }],
    })
  })
})

describe('UTC → local', () => {
  const zones = ['UTC', 'Asia/Shanghai', 'America/Los_Angeles', 'Europe/Berlin', 'Asia/Kolkata', 'Pacific/Auckland', 'America/St_Johns']
  const schedules: LocalSchedule[] = [
    { repeat: 'weekly', days: [1, 2, 3, 4, 5], start: '07:00:00', finish: '19:00:00' },
    { repeat: 'weekly', days: [6, 0], start: '22:30:00', finish: '02:00:00' },
    { repeat: 'daily', start: '00:00:00', finish: '23:59:59' },
  ]
  for (const zone of zones) {
    for (const reference of [JAN_15, JUL_1]) {
      it(`round-trips exactly in ${zone} (${new Date(reference).toISOString().slice(0, 10)})`, () => {
        for (const local of schedules) {
          const there = ok(localToUtc(local, zone, reference))
          const back = utcToLocal(there.utc, zone, reference)
          expect(back.ok && back.local).toEqual(local)
        }
      })
    }
  }

  it('reads the cloud\'s days, "7" as Sunday too, and explains their move', () => {
    const r = utcToLocal({ repeatMode: 'weekly', availableDays: ['7', '1'], startTime: '23:00:00', finishTime: '11:00:00' }, 'Asia/Shanghai', JAN_15)
    expect(r).toMatchObject({ ok: true, local: { repeat: 'weekly', days: [1, 2], start: '07:00:00', finish: '19:00:00' } })
    expect(r.ok && r.notes).toContainEqual({ kind: 'daysShifted', by: -1, localDays: [1, 2], utcDays: [1, 0] })
  })

  it('reads a one-off window at its own dates', () => {
    const r = utcToLocal(
      { repeatMode: 'never', availableDays: [], startTime: '2026-07-04 13:00:00', finishTime: '2026-07-04 21:00:00' },
      'America/New_York',
      JAN_15,
    )
    expect(r).toMatchObject({ ok: true, local: { repeat: 'never', startDate: '2026-07-04', start: '09:00:00', finishDate: '2026-07-04', finish: '17:00:00' } })
  })

  it('refuses what it cannot read rather than guessing', () => {
    expect(utcToLocal({ repeatMode: 'unknown', availableDays: [], startTime: '07:00:00', finishTime: '08:00:00' }, 'UTC', JAN_15)).toEqual({ ok: false })
    expect(utcToLocal({ repeatMode: 'daily', availableDays: [], startTime: '7am', finishTime: '08:00:00' }, 'UTC', JAN_15)).toEqual({ ok: false })
    expect(utcToLocal({ repeatMode: 'never', availableDays: [], startTime: '07:00:00', finishTime: '08:00:00' }, 'UTC', JAN_15)).toEqual({ ok: false })
  })
})
