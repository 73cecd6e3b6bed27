import { type ExportTable, sheetName, tableCsv } from '@shared/export/table'

export type ExportFormat = 'xlsx' | 'csv'

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** Column widths from the longest value in each, so the workbook opens readable. */
const widths = (table: ExportTable): { wch: number }[] =>
  table.headers.map((h, i) => ({ wch: Math.min(60, Math.max(h.length, ...table.rows.slice(0, 1000).map((r) => (r[i] ?? '').length)) + 2) }))

/**
 * The table as a file: an .xlsx workbook of one sheet (every cell text, so nothing in it runs
 * as a formula and a card number keeps its leading zeros) or a CSV (see `tableCsv`). The
 * workbook library is loaded on first use.
 */
export async function tableBlob(table: ExportTable, format: ExportFormat): Promise<Blob> {
  if (format === 'csv') return new Blob([tableCsv(table)], { type: 'text/csv;charset=utf-8' })
  const XLSX = await import('@e965/xlsx')
  const sheet = XLSX.utils.aoa_to_sheet([[...table.headers], ...table.rows.map((r) => [...r])], { cellDates: false })
  sheet['!cols'] = widths(table)
  const book = XLSX.utils.book_new()
  XLSX.utils.book_append_sheet(book, sheet, sheetName(table.title))
  const bytes = XLSX.write(book, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer
  return new Blob([bytes], { type: XLSX_TYPE })
}

/** Hands a file to the browser's download: a save dialog in Electron, the downloads folder in the browser host. */
export function saveBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  a.style.display = 'none'
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
