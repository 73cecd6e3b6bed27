import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { lastClockChange, localToUtc, movesWithClocks, nextClockChange, scheduleWords, shiftedForChange, utcToLocal } from '../../../../src/shared/schedule'

const SYSTEM_ALL_DAY = { repeatMode: 'daily', availableDays: [], startTime: '00:00:00', finishTime: '23:59:59' }
const WINTER = Date.parse('2027-01-10T12:00:00Z')

/** The computer's zone: nothing below may depend on it. */
let savedTz: string | undefined
beforeEach(() => {
  savedTz = process.env.TZ
})
afterEach(() => {
  if (savedTz === undefined) delete process.env.TZ
  else process.env.TZ = savedTz
})

describe('schedules in the site time zone, whatever the computer is set to', () => {
  it.each(['America/New_York', 'Asia/Shanghai', 'UTC'])('a computer in %s reads a Shanghai site the same way', (laptop) => {
    process.env.TZ = laptop
    const local = utcToLocal(
      { repeatMode: 'weekly', availableDays: ['0', '1', '2', '3', '4'], startTime: '23:00:00', finishTime: '11:00:00' },
      'Asia/Shanghai',
      WINTER,
    )
    expect(local).toMatchObject({ ok: true, local: { repeat: 'weekly', days: [1, 2, 3, 4, 5], start: '07:00:00', finish: '19:00:00' } })
    const utc = localToUtc({ repeat: 'weekly', days: [1, 2, 3, 4, 5], start: '07:00', finish: '19:00' }, 'Asia/Shanghai', WINTER)
    expect(utc).toMatchObject({ ok: true, utc: { startTime: '23:00:00', finishTime: '11:00:00', availableDays: ['0', '1', '2', '3', '4'] } })
  })

  it.each(['Asia/Shanghai', 'America/New_York', 'Asia/Kolkata'])('the built-in all-day group reads "all day" in %s, never 19:00–18:59', (site) => {
    const local = utcToLocal(SYSTEM_ALL_DAY, site, WINTER)
    expect(local).toMatchObject({ ok: true, local: { repeat: 'daily', start: '00:00:00', finish: '23:59:59' } })
    if (!local.ok) throw new Error('unreadable')
    expect(scheduleWords(local.local)).toMatchObject({ kind: 'repeating', allDay: true, overnight: false, start: '00:00', finish: '23:59' })
  })

  it('a whole day typed in site time is kept as 00:00–23:59 UTC, which no clock change moves', () => {
    const utc = localToUtc({ repeat: 'daily', start: '00:00', finish: '23:59' }, 'Europe/Berlin', WINTER)
    expect(utc).toMatchObject({ ok: true, utc: { repeatMode: 'daily', startTime: '00:00:00', finishTime: '23:59:00' } })
    expect(utc.ok && utc.notes.map((n) => n.kind)).toEqual(['storedAsUtc', 'wholeDay'])
    expect(utc.ok && utc.notes.some((n) => n.kind === 'clockChange')).toBe(false)
    if (utc.ok) expect(movesWithClocks(utc.utc)).toBe(false)
  })
})

describe("the site's clock changes", () => {
  it('Asia/Shanghai has none; Europe/Berlin springs forward on the last Sunday of March', () => {
    expect(nextClockChange('Asia/Shanghai', WINTER)).toBeNull()
    expect(lastClockChange('Asia/Shanghai', WINTER)).toBeNull()
    expect(nextClockChange('Europe/Berlin', WINTER)).toEqual({ at: Date.parse('2027-03-28T01:00:00Z'), before: 60, after: 120 })
    expect(lastClockChange('Europe/Berlin', Date.parse('2027-04-10T00:00:00Z'))).toEqual({ at: Date.parse('2027-03-28T01:00:00Z'), before: 60, after: 120 })
    expect(lastClockChange('Europe/Berlin', WINTER)).toEqual({ at: Date.parse('2026-10-25T01:00:00Z'), before: 120, after: 60 })
  })

  it('a shift keeps the site times the group had before the change, moving days when UTC crosses midnight', () => {
    const spring = nextClockChange('Europe/Berlin', WINTER)
    if (!spring) throw new Error('Berlin changes its clocks')
    // 07:00–17:00 Berlin winter time on weekdays.
    expect(
      shiftedForChange(
        { repeatMode: 'weekly', availableDays: ['1', '2', '3', '4', '5'], startTime: '06:00:00', finishTime: '16:00:00' },
        'Europe/Berlin',
        spring,
      ),
    ).toEqual({
      repeatMode: 'weekly',
      availableDays: ['1', '2', '3', '4', '5'],
      startTime: '05:00:00',
      finishTime: '15:00:00',
    })
    // 00:30–02:00 on Mondays: 23:30 Sunday UTC in winter, 22:30 Sunday UTC in summer.
    expect(
      shiftedForChange({ repeatMode: 'weekly', availableDays: ['0'], startTime: '23:30:00', finishTime: '01:00:00' }, 'Europe/Berlin', spring),
    ).toMatchObject({
      availableDays: ['0'],
      startTime: '22:30:00',
      finishTime: '00:00:00',
    })
    expect(shiftedForChange(SYSTEM_ALL_DAY, 'Europe/Berlin', spring)).toBeNull()
    expect(
      shiftedForChange(
        { repeatMode: 'never', availableDays: [], startTime: '2027-04-01 06:00:00', finishTime: '2027-04-02 06:00:00' },
        'Europe/Berlin',
        spring,
      ),
    ).toBeNull()
  })

  it('in autumn the shift goes the other way', () => {
    const autumn = nextClockChange('Europe/Berlin', Date.parse('2027-06-01T00:00:00Z'))
    expect(autumn).toEqual({ at: Date.parse('2027-10-31T01:00:00Z'), before: 120, after: 60 })
    if (!autumn) return
    expect(shiftedForChange({ repeatMode: 'daily', availableDays: [], startTime: '05:00:00', finishTime: '15:00:00' }, 'Europe/Berlin', autumn)).toMatchObject({
      startTime: '06:00:00',
      finishTime: '16:00:00',
    })
  })
})
