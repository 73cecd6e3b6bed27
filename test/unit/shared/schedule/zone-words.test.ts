import { describe, expect, it } from 'vitest'
import { daysPhrase, offsetMinutes, scheduleWords, wallTimeToUtc } from '../../../../src/shared/schedule'

describe('zone arithmetic', () => {
  it('offsets east positive, with half and quarter hours, and DST', () => {
    expect(offsetMinutes('Asia/Shanghai', Date.UTC(2026, 0, 1))).toBe(480)
    expect(offsetMinutes('Asia/Kathmandu', Date.UTC(2026, 0, 1))).toBe(345)
    expect(offsetMinutes('America/New_York', Date.UTC(2026, 0, 1))).toBe(-300)
    expect(offsetMinutes('America/New_York', Date.UTC(2026, 6, 1))).toBe(-240)
  })

  it('flags wall times in a gap and in an overlap', () => {
    expect(wallTimeToUtc('Europe/Berlin', { year: 2026, month: 3, day: 29, hour: 2, minute: 30, second: 0 }).fate).toEqual({ kind: 'gap', shiftMinutes: 60 })
    const overlap = wallTimeToUtc('Europe/Berlin', { year: 2026, month: 10, day: 25, hour: 2, minute: 30, second: 0 })
    expect(overlap).toEqual({ utcMs: Date.UTC(2026, 9, 25, 0, 30), fate: { kind: 'ambiguous' } })
    expect(wallTimeToUtc('Europe/Berlin', { year: 2026, month: 6, day: 1, hour: 12, minute: 0, second: 0 }).fate).toEqual({ kind: 'exact' })
  })
})

describe('schedule in words (as data the UI translates)', () => {
  it('names the common day sets', () => {
    expect(daysPhrase([1, 2, 3, 4, 5])).toEqual({ kind: 'weekdays' })
    expect(daysPhrase([0, 6])).toEqual({ kind: 'weekend' })
    expect(daysPhrase([0, 1, 2, 3, 4, 5, 6])).toEqual({ kind: 'everyDay' })
    expect(daysPhrase([2, 3, 4, 5, 6])).toEqual({ kind: 'range', from: 2, to: 6 })
    expect(daysPhrase([5, 6, 0])).toEqual({ kind: 'range', from: 5, to: 0 })
    expect(daysPhrase([1, 3])).toEqual({ kind: 'list', days: [1, 3] })
  })

  it('says all day, overnight and once', () => {
    expect(scheduleWords({ repeat: 'weekly', days: [1, 2, 3, 4, 5], start: '07:00', finish: '19:00' })).toEqual({
      kind: 'repeating',
      days: { kind: 'weekdays' },
      start: '07:00',
      finish: '19:00',
      allDay: false,
      overnight: false,
    })
    expect(scheduleWords({ repeat: 'daily', start: '00:00:00', finish: '23:59:59' })).toMatchObject({ days: { kind: 'everyDay' }, allDay: true })
    expect(scheduleWords({ repeat: 'daily', start: '22:00', finish: '06:00' })).toMatchObject({ overnight: true })
    expect(scheduleWords({ repeat: 'never', startDate: '2026-07-04', start: '09:00:00', finishDate: '2026-07-05', finish: '17:00:00' })).toEqual({
      kind: 'once',
      startDate: '2026-07-04',
      start: '09:00',
      finishDate: '2026-07-05',
      finish: '17:00',
    })
  })
})
