export interface Finding {
  readonly issue: string
  readonly severity: string
  readonly confidence: string
  readonly file: string
  readonly line: number
  readonly sample: string
}
export function parseCsv(text: string): string[][]
export function readFindings(csv: string): Finding[]
export function isJustified(finding: Finding, sourceLines: readonly string[]): boolean
export function review(
  csv: string,
  readSource: (file: string) => readonly string[],
): { readonly total: number; readonly justified: Finding[]; readonly unjustified: Finding[] }
