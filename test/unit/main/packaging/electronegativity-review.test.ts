import { describe, expect, it } from 'vitest'
import { parseCsv, readFindings, review } from '../../../../scripts/lib/electronegativity-review.mjs'

const HEADER = 'issue, severity, confidence, filename, location, sample, description, url'
const row = (issue: string, severity: string, file: string, line: number, sample = 'x') =>
  `${issue},"${severity}","FIRM","${file}","${line}:4","${sample.replaceAll('"', '""')}","desc",https://example.invalid/${issue}`

describe('the Electronegativity review', () => {
  it('reads its CSV, quotes, commas and newlines included', () => {
    expect(parseCsv('a,"b, c","d ""e""\nf"\n1,2,3\n')).toEqual([
      ['a', 'b, c', 'd "e"\nf'],
      ['1', '2', '3'],
    ])
    const [finding] = readFindings(`${HEADER}\n${row('SANDBOX_JS_CHECK', 'MEDIUM', 'main/w.ts', 12, 'new BrowserWindow({ a: "b" })')}\n`)
    expect(finding).toEqual({
      issue: 'SANDBOX_JS_CHECK',
      severity: 'MEDIUM',
      confidence: 'FIRM',
      file: 'main/w.ts',
      line: 12,
      sample: 'new BrowserWindow({ a: "b" })',
    })
  })

  it('fails HIGH and MEDIUM findings unless a comment at the line names the check and gives a reason', () => {
    const source: Record<string, string[]> = {
      'main/a.ts': [
        '// electronegativity: SANDBOX_JS_CHECK, CONTEXT_ISOLATION_JS_CHECK — options come from windowOptions()',
        '// (tested)',
        'new BrowserWindow(o)',
      ],
      'main/b.ts': ['// electronegativity: SANDBOX_JS_CHECK —', 'new BrowserWindow(o)', 'shell.openExternal(u)'],
    }
    const csv = [
      HEADER,
      row('SANDBOX_JS_CHECK', 'MEDIUM', 'main/a.ts', 3),
      row('CONTEXT_ISOLATION_JS_CHECK', 'HIGH', 'main/a.ts', 3),
      row('SANDBOX_JS_CHECK', 'MEDIUM', 'main/b.ts', 2),
      row('OPEN_EXTERNAL_JS_CHECK', 'MEDIUM', 'main/b.ts', 3),
      row('CSP_GLOBAL_CHECK', 'LOW', 'renderer/index.html', 5),
    ].join('\n')
    const result = review(csv, (file) => source[file] ?? [])
    expect(result.total).toBe(5)
    expect(result.justified.map((f) => `${f.issue}@${f.file}`)).toEqual(['SANDBOX_JS_CHECK@main/a.ts', 'CONTEXT_ISOLATION_JS_CHECK@main/a.ts'])
    // No reason after the dash, and a comment that is not directly above the line: neither counts.
    expect(result.unjustified.map((f) => `${f.issue}@${f.file}`)).toEqual(['SANDBOX_JS_CHECK@main/b.ts', 'OPEN_EXTERNAL_JS_CHECK@main/b.ts'])
  })
})
