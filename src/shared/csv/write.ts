import { neutraliseFormulaCell } from './formula'

/** One cell as written: formula-led values neutralised and quoted, others quoted when they must be. */
function csvCell(value: string | number): string {
  const text = String(value)
  const safe = neutraliseFormulaCell(text)
  return safe !== text || /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/**
 * Every CSV Fieldkey writes: RFC 4180 with CRLF rows, a BOM so spreadsheet apps read Chinese
 * names as UTF-8, and no cell a spreadsheet would run as a formula.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return `\uFEFF${[header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`
}
