import { restoreFormulaCell } from '../csv/formula'
import type { ColumnMapping, StaffField } from './columns'
import { STAFF_FIELDS } from './columns'

/** One data row of the file, cell text per field as the installer sees and fixes it. */
export interface RawStaffRow {
  /** Line in the file (the header is line 1). */
  readonly line: number
  readonly cells: Readonly<Record<StaffField, string>>
  /** Cells in the row vs. in the header, when they differ (a broken row). */
  readonly cellCount: number
  readonly headerCount: number
}

/** Cells that hold several values separate them with `;` (the sandbox file layout, README). */
export const splitList = (cell: string): string[] =>
  cell
    .split(/[;；]/)
    .map((v) => v.trim())
    .filter((v) => v !== '')

export function rowFromRecord(line: number, record: readonly string[], headers: readonly string[], mapping: ColumnMapping): RawStaffRow {
  const index = new Map(headers.map((h, i) => [h, i]))
  const cells = {} as Record<StaffField, string>
  for (const field of STAFF_FIELDS) {
    const header = mapping[field]
    const i = header === undefined ? undefined : index.get(header)
    // Our own exports (the rejected rows) neutralise formula-led cells; this takes that off again.
    cells[field] = i === undefined ? '' : restoreFormulaCell(record[i] ?? '')
  }
  return { line, cells, cellCount: record.length, headerCount: headers.length }
}

export function withCell(row: RawStaffRow, field: StaffField, value: string): RawStaffRow {
  // A row the installer fixed by hand is whole again: its cell count no longer matters.
  return { ...row, cells: { ...row.cells, [field]: value }, cellCount: row.headerCount }
}
