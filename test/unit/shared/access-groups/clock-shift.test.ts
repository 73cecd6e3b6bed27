import { describe, expect, it } from 'vitest'
import type { AccessGroupRow } from '../../../../src/shared/domain/access-groups'
import { comingChange, passedChange } from '../../../../src/shared/access-groups/clock-shift'
import { typedClock } from '../../../../src/shared/schedule/clock'

const row = (id: string, over: Partial<AccessGroupRow> = {}): AccessGroupRow => ({
  id,
  name: id,
  type: 'customized',
  schedule: { repeatMode: 'daily', availableDays: [], startTime: '06:00:00', finishTime: '16:00:00' },
  doorCounts: null,
  userCount: 0,
  createdTime: '2026-01-01 00:00:00',
  readOnly: false,
  pending: null,
  ...over,
})

const SPRING = Date.parse('2027-03-28T01:00:00Z')
const AFTER = Date.parse('2027-04-05T00:00:00Z')
const GROUPS = [
  row('office'),
  row('system', { readOnly: true, type: 'system' }),
  row('all day', { schedule: { repeatMode: 'daily', availableDays: [], startTime: '00:00:00', finishTime: '23:59:59' } }),
  row('party', { schedule: { repeatMode: 'never', availableDays: [], startTime: '2027-05-01 18:00:00', finishTime: '2027-05-02 02:00:00' } }),
  row('newer', { createdTime: '2027-04-01 09:00:00' }),
  row('going', { pending: { outboxId: 1, kind: 'delete', name: 'going', accessGroupId: 'going', state: 'pending', createdAt: 0, lastError: null } }),
]
const berlin = (settled: number | null) => ({ zone: 'Europe/Berlin', setAt: 0, clockChangeSettledAt: settled })

describe('which groups a clock change moves', () => {
  it('after the change: groups Fieldkey may change, repeating, not all day, saved before it, not being deleted', () => {
    const plan = passedChange(GROUPS, berlin(null), AFTER)
    expect(plan?.change).toEqual({ at: SPRING, before: 60, after: 120 })
    expect(plan?.rows.map((r) => [r.group.id, r.after.startTime, r.after.finishTime])).toEqual([['office', '05:00:00', '15:00:00']])
  })

  it('is not offered again once settled, nor for groups shifted this session, nor where clocks never change', () => {
    expect(passedChange(GROUPS, berlin(SPRING), AFTER)).toBeNull()
    expect(passedChange(GROUPS, berlin(null), AFTER, new Set(['office']))).toBeNull()
    expect(passedChange(GROUPS, { zone: 'Asia/Shanghai', setAt: 0, clockChangeSettledAt: null }, AFTER)).toBeNull()
  })

  it('announces the next change when it is near, naming every group it will move', () => {
    expect(comingChange(GROUPS, 'Europe/Berlin', Date.parse('2027-03-01T00:00:00Z'))?.groups.map((g) => g.id)).toEqual(['office', 'newer'])
    expect(comingChange(GROUPS, 'Europe/Berlin', Date.parse('2027-06-01T00:00:00Z'))).toBeNull()
    expect(comingChange(GROUPS, 'Asia/Shanghai', Date.parse('2027-03-01T00:00:00Z'))).toBeNull()
  })
})

describe('times as installers type them', () => {
  it.each([
    ['7:00', '07:00'],
    ['0700', '07:00'],
    ['7.30', '07:30'],
    ['19:30:15', '19:30:15'],
    ['23:59', '23:59'],
  ])('%s → %s', (typed, clock) => expect(typedClock(typed)).toBe(clock))

  it.each(['24:00', '7', '7:60', '7 PM', ''])('%s is not a time', (typed) => expect(typedClock(typed)).toBeNull())
})
