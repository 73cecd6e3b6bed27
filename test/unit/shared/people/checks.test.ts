import { readFileSync } from 'node:fs'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { FIELD_LIMITS } from '../../../../src/shared/field-limits'
import { createStaffInput } from '../../../../src/shared/ipc/schemas/people'
import { guessMapping, mappingReport } from '../../../../src/shared/people/columns'
import { checkRows, countChecks } from '../../../../src/shared/people/import-check'
import { rowFromRecord, withCell } from '../../../../src/shared/people/import-row'
import type { StaffContext } from '../../../../src/shared/people/staff'

const context: StaffContext = {
  accessGroups: [{ id: 'g1', name: 'Gym', system: false }],
  buildings: [{ id: 'b1', name: 'AB01' }],
  staff: [{ staffAccessId: 's1', name: 'Existing Person', pinCodes: [], rfCards: ['CAFE0001'] }],
}

function load() {
  const [headers = [], ...records] = Papa.parse<string[]>(readFileSync(new URL('./fixtures/every-problem.csv', import.meta.url), 'utf8'), {
    skipEmptyLines: true,
  }).data
  const mapping = guessMapping(headers, null)
  return { headers, mapping, rows: records.map((r, i) => rowFromRecord(i + 2, r, headers, mapping)) }
}

describe('CSV row checks (one example of every problem)', () => {
  it('maps the columns and reports the extra one', () => {
    const { headers, mapping } = load()
    expect(mapping).toEqual({ name: 'Name', accessGroups: 'Groups', pinCodes: 'PIN', rfCards: 'Card', faceUrls: 'Face', floorAccesses: 'Floors' })
    expect(mappingReport(headers, mapping)).toEqual({ missingRequired: [], ignoredHeaders: ['Notes'], unknownHeaders: [] })
    expect(mappingReport(['Name'], { name: 'Name' }).missingRequired).toEqual(['accessGroups'])
  })

  it('flags each bad row with its reason, and knows the one already in the project', () => {
    const { rows } = load()
    const checks = checkRows(rows, context)
    const kinds = checks.map((c) => (c.kind === 'rejected' ? c.problems.map((p) => p.kind).join('+') : c.kind))
    expect(kinds).toEqual(['ok', 'missingName', 'badPin', 'duplicateCardInFile', 'duplicate', 'unknownAccessGroup', 'unknownBuilding', 'badFaceUrl', 'exists'])
    expect(countChecks(checks)).toEqual({ ok: 1, exists: 1, duplicate: 1, rejected: 6 })
    expect(checks[4]).toMatchObject({ kind: 'duplicate', duplicates: [{ kind: 'card', value: 'CAFE0001', holder: 'Existing Person' }] })
  })

  it('a fix in place clears the problem', () => {
    const { rows } = load()
    const fixed = rows.map((r) => (r.line === 4 ? withCell(r, 'pinCodes', '123456') : r))
    expect(checkRows(fixed, context)[2]?.kind).toBe('ok')
  })
})

describe('CSV rows held to the limits main holds a staff access to', () => {
  const headers = ['Name', 'Groups', 'PIN', 'Card', 'Face']
  const mapping = guessMapping(headers, null)
  const pins = (n: number) => Array.from({ length: n }, (_, i) => String(100000 + i)).join(';')
  const row = (pinList: string, face = '') => rowFromRecord(2, ['Lee', 'Gym', pinList, '', face], headers, mapping)
  const scope = { connectionId: '6f1c1d34-2a0b-4e56-9a1e-2b3c4d5e6f70', projectId: 'p1' }

  it('one PIN past the limit is the row’s problem, not a refusal of the whole import; at the limit main takes it', () => {
    const over = checkRows([row(pins(FIELD_LIMITS.pinsPerStaff + 1))], context)[0]
    expect(over).toMatchObject({
      kind: 'rejected',
      problems: [{ kind: 'tooMany', field: 'pinCodes', count: FIELD_LIMITS.pinsPerStaff + 1, max: FIELD_LIMITS.pinsPerStaff }],
    })
    const at = checkRows([row(pins(FIELD_LIMITS.pinsPerStaff))], context)[0]
    if (at?.kind !== 'ok') throw new Error(`expected an ok row, got ${JSON.stringify(at)}`)
    expect(createStaffInput.safeParse({ ...scope, draft: at.draft }).success).toBe(true)
  })

  it('a face picture address longer than main takes is named as too long', () => {
    const long = `https://example.com/${'a'.repeat(FIELD_LIMITS.faceUrl)}`
    expect(checkRows([row('', long)], context)[0]).toMatchObject({
      kind: 'rejected',
      problems: [{ kind: 'badFaceUrl', problem: { kind: 'tooLong', max: FIELD_LIMITS.faceUrl } }],
    })
  })
})
