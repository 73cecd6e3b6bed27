import { parseArgs } from 'node:util'
import { parseScale } from './common/scale'
import { DEFAULT_SEED, startSandboxes } from './index'

/**
 * `npm run sandbox -- [--seed N] [--scale small|large|N] [--latency MS] [--rate-limit PER_SECOND] [--port P]`
 * Prints exactly one JSON line (base URLs and credentials) on stdout, then serves until killed.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      seed: { type: 'string' },
      scale: { type: 'string' },
      latency: { type: 'string' },
      'rate-limit': { type: 'string' },
      port: { type: 'string' },
    },
    strict: true,
  })
  const seed = values.seed === undefined ? DEFAULT_SEED : wholeNumber('--seed', values.seed)
  const latencyMs = values.latency === undefined ? undefined : wholeNumber('--latency', values.latency)
  const rateLimit = values['rate-limit'] === undefined ? undefined : wholeNumber('--rate-limit', values['rate-limit'])
  if (rateLimit === 0) throw new Error('--rate-limit takes requests per second per client, at least 1')
  const port = values.port === undefined ? undefined : wholeNumber('--port', values.port)
  if (port !== undefined && (port < 1024 || port > 65533)) throw new Error('--port must be between 1024 and 65533 (three ports are used)')
  const sandboxes = await startSandboxes({
    seed,
    scale: parseScale(values.scale ?? 'small'),
    latencyMs,
    port,
    ...(rateLimit === undefined ? {} : { faults: { rateLimitPerSecond: rateLimit } }),
  })
  process.stdout.write(`${JSON.stringify(sandboxes.info)}\n`)
  const stop = (): void => {
    void sandboxes.close().then(() => process.exit(0))
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

function wholeNumber(flag: string, raw: string): number {
  const n = Number(raw)
  if (!Number.isInteger(n) || n < 0) throw new Error(`${flag} takes a whole number, got "${raw}"`)
  return n
}

main().catch((error: unknown) => {
  process.stderr.write(`sandbox: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
})
