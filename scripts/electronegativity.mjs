// Security review: Electronegativity over src (Electron's security checklist as static checks).
// It always exits 0, so this script reads its CSV and fails on any HIGH or MEDIUM finding that
// no `electronegativity: CHECK — reason` comment justifies at the flagged line.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { root } from './lib.mjs'
import { review } from './lib/electronegativity-review.mjs'

const input = join(root, 'src')
const csv = join(root, 'test-artifacts/electronegativity.csv')
const { version } = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8'))
mkdirSync(join(root, 'test-artifacts'), { recursive: true })
rmSync(csv, { force: true })

// Electronegativity always tries the network (translation updates, Electron's release list).
// On a closed network its HTTP client sometimes crashed in its own retry before writing the
// report, and runs differed; the preload makes both calls fail at once, as offline, so every
// run is the same and takes two seconds instead of nine.
const run = spawnSync(join(root, 'node_modules/.bin/electronegativity'), ['-i', input, '-e', version, '-r', '-v', 'false', '-o', csv], {
  cwd: root,
  encoding: 'utf8',
  env: {
    ...process.env,
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${JSON.stringify(join(root, 'scripts/lib/electronegativity-offline.cjs'))}`.trim(),
  },
})
let text
try {
  text = readFileSync(csv, 'utf8')
} catch {
  console.error(`Electronegativity wrote no report (exit ${run.status}):\n${run.stderr}${run.stdout}`)
  process.exit(1)
}

const { total, justified, unjustified } = review(text, (file) => readFileSync(join(input, file), 'utf8').split('\n'))
const where = (f) => `  ${f.severity} ${f.issue} src/${f.file}:${f.line}  ${f.sample.slice(0, 100)}`
console.log(`Electronegativity (Electron ${version}): ${total} findings, ${justified.length} HIGH/MEDIUM justified in a comment, ${unjustified.length} not.`)
for (const f of justified) console.log(`${where(f)}  [justified]`)
for (const f of unjustified) console.log(where(f))
if (unjustified.length) {
  console.log('Fix each one, or justify it with `// electronegativity: CHECK_ID — reason` on or right above the flagged line.')
  process.exit(1)
}
