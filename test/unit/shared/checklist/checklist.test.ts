import { describe, expect, it } from 'vitest'
import { doorKey, parseDoorKey } from '../../../../src/shared/checklist/door-key'
import { compareDoors, matchesChecklistFilter } from '../../../../src/shared/checklist/filter'
import { checklistSummary, testedPercent } from '../../../../src/shared/checklist/progress'
import { CHECKLIST_COLUMNS, checklistRows } from '../../../../src/shared/checklist/rows'
import type { ChecklistDoor, DoorBase, DoorCheck } from '../../../../src/shared/domain/checklist'

const passed: DoorCheck = { result: 'passed', method: 'card', note: '', testedAt: 1_000 }
const fault: DoorCheck = { result: 'fault', method: 'pin', note: 'strike does not release', testedAt: 2_000 }

function door(over: Partial<DoorBase> & { readonly key: string }): DoorBase {
  return {
    kind: 'relay',
    buildingKey: 'b1',
    buildingName: 'AB01',
    deviceId: 'd1',
    deviceName: 'Lobby panel',
    name: 'Relay A',
    online: true,
    lastSeenAt: 500,
    check: null,
    ...over,
  }
}

describe('door keys', () => {
  it('read back as the door they were made from, whatever the ids hold', () => {
    for (const ref of [
      { kind: 'relay', deviceId: 'd/1', relayId: 'r:2' },
      { kind: 'security', deviceId: 'd1', relayId: '0' },
      { kind: 'channel', channelId: '17 28%' },
    ] as const) {
      expect(parseDoorKey(doorKey(ref))).toEqual(ref)
    }
  })

  it('tell a relay from the security relay of the same number', () => {
    expect(doorKey({ kind: 'relay', deviceId: 'd', relayId: '1' })).not.toBe(doorKey({ kind: 'security', deviceId: 'd', relayId: '1' }))
  })

  it('refuse a text no door has', () => {
    for (const text of ['', 'relay/d', 'relay/d/r/x', 'channel/', 'door/1', 'channel/%E0%A4%A', 'security//r']) expect(parseDoorKey(text), text).toBeNull()
  })
})

describe('checklist filters', () => {
  const doors = [
    door({ key: 'a', check: passed }),
    door({ key: 'b', check: fault }),
    door({ key: 'c', online: false }),
    door({ key: 'd', buildingKey: 'b2', buildingName: 'AB02' }),
  ]
  const keys = (state: 'all' | 'untested' | 'fault' | 'offline', buildingKey: string | null = null) =>
    doors.filter((d) => matchesChecklistFilter(d, { state, buildingKey })).map((d) => d.key)

  it('not yet tested, faults, offline and building each keep only their doors', () => {
    expect(keys('all')).toEqual(['a', 'b', 'c', 'd'])
    expect(keys('untested')).toEqual(['c', 'd'])
    expect(keys('fault')).toEqual(['b'])
    expect(keys('offline')).toEqual(['c'])
    expect(keys('untested', 'b2')).toEqual(['d'])
    expect(keys('all', 'b1')).toEqual(['a', 'b', 'c'])
  })

  it('walk the site by building, device, relays before security relays, then name with numbers in order', () => {
    const sorted = [
      door({ key: '1', buildingName: 'AB02' }),
      door({ key: '2', kind: 'security', name: 'Relay 1' }),
      door({ key: '3', name: 'Relay 10' }),
      door({ key: '4', name: 'Relay 2' }),
      door({ key: '5', buildingName: null }),
    ].sort(compareDoors)
    expect(sorted.map((d) => d.key)).toEqual(['5', '4', '3', '2', '1'])
  })
})

describe('checklist progress', () => {
  it('counts doors tested (a fault is tested), faults and offline per building and in all', () => {
    const summary = checklistSummary([
      door({ key: 'a', check: passed }),
      door({ key: 'b', check: fault, online: false }),
      door({ key: 'c' }),
      door({ key: 'd', buildingKey: null, buildingName: null, check: passed }),
    ])
    expect(summary.buildings).toEqual([
      { buildingKey: 'b1', buildingName: 'AB01', doors: 3, tested: 2, faults: 1, offline: 1 },
      { buildingKey: null, buildingName: null, doors: 1, tested: 1, faults: 0, offline: 0 },
    ])
    expect(summary.total).toEqual({ doors: 4, tested: 3, faults: 1, offline: 1 })
  })

  it('reads 100 % only when every door is tested, and 0 % for a site without doors', () => {
    expect(testedPercent({ doors: 200, tested: 199 })).toBe(99)
    expect(testedPercent({ doors: 16, tested: 16 })).toBe(100)
    expect(testedPercent({ doors: 0, tested: 0 })).toBe(0)
  })
})

describe('checklist rows', () => {
  it('give one row per door with every named column, leaving test columns empty for an untested door', () => {
    const doors: ChecklistDoor[] = [
      { ...door({ key: 'a', check: fault }), groups: [], lastSend: null },
      { ...door({ key: 'b', buildingName: null, name: 'Relay B' }), groups: [], lastSend: null },
    ]
    const rows = checklistRows(doors, {
      state: (d) => (d.online ? 'online' : 'offline'),
      groups: () => 'Staff (Weekdays 07:00–19:00)',
      lastSend: () => '',
      result: (d) => d.check?.result ?? 'not tested',
      method: (d) => d.check?.method ?? '?',
      testedAt: (d) => String(d.check?.testedAt),
    })
    expect(rows).toEqual([
      {
        building: 'AB01',
        device: 'Lobby panel',
        door: 'Relay A',
        state: 'online',
        groups: 'Staff (Weekdays 07:00–19:00)',
        lastSend: '',
        result: 'fault',
        method: 'pin',
        note: 'strike does not release',
        testedAt: '2000',
      },
      {
        building: '',
        device: 'Lobby panel',
        door: 'Relay B',
        state: 'online',
        groups: 'Staff (Weekdays 07:00–19:00)',
        lastSend: '',
        result: 'not tested',
        method: '',
        note: '',
        testedAt: '',
      },
    ])
    expect(Object.keys(rows[0] ?? {})).toEqual([...CHECKLIST_COLUMNS])
  })
})
