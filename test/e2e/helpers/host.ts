import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'

export const ROOT = new URL('../../..', import.meta.url).pathname

export interface RunningHost {
  readonly url: string
  readonly origin: string
  readonly port: number
  readonly dataDir: string
  /** The host's process id (its memory is read from /proc/<pid>/status). */
  readonly pid: number
  readonly stderr: string[]
  stop(): Promise<void>
}

/**
 * Starts the built headless host (`out/main/headless.js`, or another build's: `npm run bench:ui`
 * measures an older commit's too) as the user's `npm run web` would.
 */
export async function startHost(extraArgs: readonly string[] = [], entry = join(ROOT, 'out/main/headless.js')): Promise<RunningHost> {
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run \`npm run build\` first (npm test does).`)
  const dataDir = await mkdtemp(join(tmpdir(), 'fieldkey-e2e-'))
  const child: ChildProcess = spawn(process.execPath, [entry, '--json', '--no-open', '--data-dir', dataDir, ...extraArgs], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const stderr: string[] = []
  child.stderr?.on('data', (d: Buffer) => stderr.push(d.toString()))
  const line = await new Promise<string>((resolve, reject) => {
    const rl = createInterface({ input: child.stdout! })
    rl.once('line', resolve)
    child.once('exit', (code) => reject(new Error(`headless host exited with ${code}: ${stderr.join('')}`)))
  })
  const info = JSON.parse(line) as { url: string; origin: string; port: number }
  return {
    ...info,
    dataDir,
    pid: child.pid ?? 0,
    stderr,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}
