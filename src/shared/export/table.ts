import { toCsv } from '../csv/write'

/**
 * A list as exported: translated column headers and each row's values in words. Every export
 * (staff, persons, devices, access groups, and any list that brings a pure rows function) is
 * built as one of these and written to .xlsx or CSV by the same code.
 */
export interface ExportTable {
  /** Shown as the workbook's sheet name; at most 31 characters are kept there. */
  readonly title: string
  readonly headers: readonly string[]
  readonly rows: readonly (readonly string[])[]
}

/** One column of an export: its header in the installer's language and the value of a row in words. */
export interface ExportColumn<Row> {
  readonly header: string
  readonly value: (row: Row) => string
}

export function exportTable<Row>(title: string, columns: readonly ExportColumn<Row>[], rows: readonly Row[]): ExportTable {
  return { title, headers: columns.map((c) => c.header), rows: rows.map((r) => columns.map((c) => c.value(r))) }
}

/** The table as CSV: a BOM, CRLF rows, formula-led cells neutralised (see `csv/write.ts`). */
export const tableCsv = (table: ExportTable): string => toCsv(table.headers, table.rows)

/** A PIN as exports show it: its last two digits, the rest masked, so a printed list opens no door. */
export const maskPin = (pin: string): string => (pin.length <= 2 ? '•'.repeat(pin.length) : `${'•'.repeat(pin.length - 2)}${pin.slice(-2)}`)

/** Characters a workbook refuses in a sheet name, and its length limit. */
export const sheetName = (title: string): string => title.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet1'

/** A file name from the list's name and the date, without characters file systems refuse. */
export const exportFileName = (title: string, date: string, extension: 'xlsx' | 'csv'): string =>
  `${[...title]
    .map((c) => (c < ' ' || '<>:"/\\|?*'.includes(c) ? ' ' : c))
    .join('')
    .trim()} ${date}.${extension}`
