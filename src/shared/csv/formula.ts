/**
 * Spreadsheet apps run a cell that starts with `=`, `+`, `-` or `@` as a formula (tab and CR
 * lead to the same on some of them): a resident named `=HYPERLINK(…)` in an export would run on
 * the installer's laptop. Such a cell gets a leading apostrophe, which spreadsheets read as
 * "text". Every value that starts that way gets it, negative numbers and "+86 …" phones too.
 *
 * A value that already starts with apostrophes before such a character gets one more, so
 * `restoreFormulaCell` can take exactly the one we added off again when the file comes back.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/

export const neutraliseFormulaCell = (value: string): string => (FORMULA_START.test(value) ? `'${value}` : value)

/** The inverse of `neutraliseFormulaCell`: any other cell, a leading apostrophe included, stays as it is. */
export const restoreFormulaCell = (cell: string): string => (cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell)
