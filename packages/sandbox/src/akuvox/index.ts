import { OffsetClock, systemClock } from '../common/clock'
import { FaultController } from '../common/faults'
import { listenLoopback } from '../common/http-server'
import { createRandom } from '../common/random'
import { deviceCount } from '../common/scale'
import type { VendorSandbox, VendorSandboxOptions } from '../common/types'
import { createAdmin } from './admin'
import { type FailureRenderer, defaultFailure } from './failure'
import { fetchImportFile } from './fetch-file'
import { generateSite } from './generate'
import { idMinter } from './ids'
import { type SandboxControls, createAkuvoxHandler } from './server'
import { TokenStore } from './tokens'

export interface AkuvoxSandboxInfo {
  readonly baseUrl: string
  readonly clientId: string
  readonly clientSecret: string
  readonly username: string
  readonly password: string
}

export interface AkuvoxSandboxOptions extends VendorSandboxOptions {
  /** Replaces the failure body guess (see failure.ts) once a real one is known. */
  readonly failure?: FailureRenderer
  /** Staff of each project in order, instead of one per three devices (a benchmark's long list). */
  readonly staffPerProject?: readonly number[]
}

/**
 * The Akuvox/Akubela cloud on 127.0.0.1: token endpoint + manager-commands over a generated,
 * stateful demo site. Same seed → same site, ids and credentials.
 */
export async function startAkuvoxSandbox(options: AkuvoxSandboxOptions): Promise<VendorSandbox<AkuvoxSandboxInfo>> {
  const random = createRandom(options.seed).fork('akuvox')
  const clock = new OffsetClock(options.clock ?? systemClock)
  const credentialsRandom = random.fork('credentials')
  const credentials = {
    clientId: `c${credentialsRandom.hex(32)}`,
    clientSecret: `s${credentialsRandom.hex(32)}`,
    username: 'installer@demo.fieldkey.invalid',
    password: `demo-${credentialsRandom.hex(12)}`,
  }
  const site = generateSite(random.fork('site'), idMinter(random.fork('site-ids')), deviceCount(options.scale), options.staffPerProject)
  const faults = new FaultController(random.fork('faults'), options.faults, () => clock.now())
  const tokens = new TokenStore(() => clock.now())
  const controls: SandboxControls = { onlineOverrides: new Map(), listShape: 'array', commandCounts: new Map() }
  const logger = options.logger?.child('sandbox.akuvox')
  const handler = createAkuvoxHandler({
    site,
    credentials,
    tokens,
    faults,
    clock,
    mint: idMinter(random.fork('created-ids')),
    failure: options.failure ?? defaultFailure,
    controls,
    fetchFile: fetchImportFile,
    logger,
  })
  const server = await listenLoopback(handler, options.port ?? 0, (error) => logger?.error('akuvox sandbox request failed', { error: String(error) }))
  return {
    info: { baseUrl: server.baseUrl, ...credentials },
    faults,
    handleAdmin: createAdmin({ site, tokens, clock, controls }),
    close: () => server.close(),
  }
}
