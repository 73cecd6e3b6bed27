// `npm test`: typecheck, lint, format, import cycles, security review (Electronegativity), build, then every vitest
// project (unit, sandbox, renderer, integration, end-to-end) inside a real keyring session where one can
// be made. Ends with the plain line "N passed, N failed" that CI reads.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { hasElectronBinary, requireNode24, root } from './lib.mjs'

requireNode24()
const bin = (name) => join(root, 'node_modules/.bin', name)
const failedSteps = []

function step(name, command, args, options = {}) {
  console.log(`\n▶ ${name}`)
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options })
  if (result.status !== 0) failedSteps.push(name)
  return result.status === 0
}

step('typecheck (main, preload, renderer)', bin('tsc'), ['-b', 'tsconfig.json', '--noEmit'])
step('typecheck (packages/sandbox on its own)', bin('tsc'), ['-p', 'packages/sandbox/tsconfig.json'])
step('lint', bin('eslint'), ['--max-warnings', '0', '.'])
step('format (prettier --check; `npm run format` fixes it)', bin('prettier'), ['--check', '--log-level', 'warn', '.'])
step('import cycles (madge over src)', process.execPath, [join(root, 'scripts/check-cycles.mjs')])
step('security review (electronegativity over src)', process.execPath, [join(root, 'scripts/electronegativity.mjs')])
const built = step('build', bin('electron-vite'), ['build'])

const report = join(root, 'test-artifacts/vitest.json')
mkdirSync(join(root, 'test-artifacts'), { recursive: true })
rmSync(report, { force: true })
const vitestArgs = [
  bin('vitest'),
  'run',
  '--reporter=default',
  `--reporter=json`,
  `--outputFile.json=${report}`,
  '--project',
  'node',
  '--project',
  'sandbox',
  '--project',
  'renderer',
]
if (built) vitestArgs.push('--project', 'e2e')
if (built && hasElectronBinary()) vitestArgs.push('--project', 'electron')
else console.log('\n(the Electron suite, test/electron, is skipped: no Electron binary is installed here; it runs wherever one is, as in .github/workflows)')
const canKeyring = spawnSync('sh', ['-c', 'command -v dbus-run-session && command -v gnome-keyring-daemon'], { stdio: 'ignore' }).status === 0
if (canKeyring) step('tests (in a D-Bus session with gnome-keyring)', 'sh', [join(root, 'scripts/with-keyring.sh'), ...vitestArgs])
else {
  console.log('(no dbus-run-session or gnome-keyring-daemon: keychain tests run against the in-memory fallback)')
  step('tests', vitestArgs[0], vitestArgs.slice(1))
}

let passed = 0
let failed = 0
if (existsSync(report)) {
  const json = JSON.parse(readFileSync(report, 'utf8'))
  passed = json.numPassedTests
  failed = json.numFailedTests
  // A suite that fails to load has no test results of its own: count it as one failure.
  failed += json.testResults.filter((suite) => suite.status === 'failed' && suite.assertionResults.length === 0).length
}
failed += failedSteps.filter((name) => !name.startsWith('tests')).length
if (failedSteps.length) console.log(`\nFailed steps: ${failedSteps.join(', ')}`)
console.log(`\n${passed} passed, ${failed} failed`)
process.exit(failedSteps.length || failed ? 1 : 0)
