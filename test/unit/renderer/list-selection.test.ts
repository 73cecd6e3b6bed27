import { describe, expect, it } from 'vitest'
import { SELECTION_MAX_IDS } from '@shared/people/bulk-delete'
import {
  type ListSelection,
  isPicked,
  nothing,
  personSelection,
  pickedCount,
  setPicked,
  staffSelection,
  toggle,
  toggleRange,
} from '../../../src/renderer/src/features/people/bulk/list-selection'

const rows = Array.from({ length: 10 }, (_, i) => ({ id: `s${i}`, name: `Staff ${i}` }))

describe('a list selection', () => {
  it('Shift-range takes the state of the row clicked, across rows not loaded', () => {
    let s = toggle(nothing<string>(), rows[2]!)
    const sparse = [...rows.slice(0, 4), undefined, ...rows.slice(5)]
    s = toggleRange(s, sparse, 2, 6)
    expect(staffSelection(s)).toEqual({ kind: 'ids', staffAccessIds: ['s2', 's3', 's5', 's6'] })
    // The range back to 3 from 6 unticks, as row 3 is ticked.
    s = toggleRange(s, sparse, 6, 3)
    expect(staffSelection(s)).toEqual({ kind: 'ids', staffAccessIds: ['s2'] })
  })

  it('"all" counts what the query finds minus the rows unticked, and is sent as the query', () => {
    let s: ListSelection<string> = { kind: 'all', query: 'crew', except: new Set() }
    s = toggle(s, rows[4]!)
    expect(isPicked(s, 's4')).toBe(false)
    expect(isPicked(s, 's5')).toBe(true)
    expect(pickedCount(s, 260)).toBe(259)
    expect(staffSelection(s)).toEqual({ kind: 'matching', search: 'crew', except: ['s4'] })
    expect(personSelection({ kind: 'all', query: { name: 'Guest' }, except: new Set(['p1']) })).toEqual({
      kind: 'matching',
      filter: { name: 'Guest' },
      except: ['p1'],
    })
  })

  it('never names more rows than one message may carry', () => {
    const many = Array.from({ length: SELECTION_MAX_IDS + 1 }, (_, i) => ({ id: `x${i}`, name: `X ${i}` }))
    const before = setPicked(nothing<string>(), many.slice(0, SELECTION_MAX_IDS), true)
    expect(pickedCount(before, 10_000)).toBe(SELECTION_MAX_IDS)
    expect(setPicked(before, many.slice(SELECTION_MAX_IDS), true)).toBe(before)
  })
})
