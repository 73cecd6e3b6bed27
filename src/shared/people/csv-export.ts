import { toCsv } from '../csv/write'
import { type ColumnMapping, STAFF_FIELDS } from './columns'
import type { RowCheck, RowProblem } from './import-check'
import type { RawStaffRow } from './import-row'

/**
 * The rejected rows as a CSV the installer can fix in a spreadsheet and import again: the
 * mapped columns under the file's own headers, the line it came from, and why it was rejected.
 */
export function rejectedCsv(
  rows: readonly RawStaffRow[],
  checks: readonly RowCheck[],
  mapping: ColumnMapping,
  describe: (p: RowProblem) => string,
  labels: { readonly line: string; readonly problems: string },
): string {
  const fields = STAFF_FIELDS.filter((f) => mapping[f] !== undefined)
  const header = [labels.line, ...fields.map((f) => mapping[f] as string), labels.problems]
  const byLine = new Map(rows.map((r) => [r.line, r]))
  const data = checks.flatMap((check) => {
    if (check.kind !== 'rejected') return []
    const row = byLine.get(check.line)
    if (!row) return []
    return [[String(row.line), ...fields.map((f) => row.cells[f]), check.problems.map(describe).join('; ')]]
  })
  return toCsv(header, data)
}
