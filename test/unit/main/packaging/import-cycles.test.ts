import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = new URL('../../../..', import.meta.url).pathname

function check(files: Record<string, string>): { status: number | null; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'fk-cycles-'))
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts/check-cycles.mjs'), dir], { encoding: 'utf8' })
  return { status: run.status, out: run.stdout + run.stderr }
}

describe('the import-cycle check in npm test', () => {
  it('fails on a cycle made only of type imports, naming its files', () => {
    const { status, out } = check({
      'state.ts': "import type { Entry } from './entry'\nexport type State = 'pending' | Entry['kind']\n",
      'entry.ts': "import type { State } from './state'\nexport interface Entry { readonly kind: 'a'; readonly state: State }\n",
    })
    expect(status).toBe(1)
    expect(out).toMatch(/import cycle: (state\.ts → entry\.ts → state\.ts|entry\.ts → state\.ts → entry\.ts)/)
  })

  it('passes a graph that only goes one way', () => {
    const { status, out } = check({
      'a.ts': "import { b } from './b'\nexport const a = b + 1\n",
      'b.ts': 'export const b = 1\n',
    })
    expect(status).toBe(0)
    expect(out).toContain('no import cycles')
  })
})
