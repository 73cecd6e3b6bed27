import { readFileSync } from 'node:fs'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
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
