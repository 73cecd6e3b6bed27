import { OffsetClock, systemClock } from '../common/clock'
import { FaultController } from '../common/faults'
import { listenLoopback } from '../common/http-server'
import { createRandom } from '../common/random'
import { deviceCount } from '../common/scale'
import type { VendorSandbox, VendorSandboxOptions } from '../common/types'
import { type TuyaSandboxControl, createControl, handleAdmin } from './control'
import { type Casing, type GatewayState, createGateway } from './gateway'
import { generateSite } from './generate'
import { SiteLists } from './list-cache'
import { TokenStore } from './tokens'

export type { TuyaSandboxControl, TuyaSandboxSnapshot } from './control'
export type { Casing, JournalEntry } from './gateway'

export interface TuyaSandboxInfo {
  readonly baseUrl: string
  readonly accessId: string
  readonly accessSecret: string
  readonly projectId: string
}

export interface TuyaSandbox extends VendorSandbox<TuyaSandboxInfo> {
  readonly control: TuyaSandboxControl
}

/** Tuya-only knobs on top of the shared sandbox options. */
export interface TuyaSandboxOptions extends VendorSandboxOptions {
  /** Share of send records that fail on online devices; default 5 %. */
  readonly sendFailureRate?: number
  readonly casing?: Casing
  /** Allowed |t − server time| before 1013; default ±15 min (docs/clouds.md#tuya-clock-skew). */
  readonly timeWindowMs?: number
}

const DEFAULT_TIME_WINDOW_MS = 15 * 60_000

/** Starts the loopback Tuya Smart Building cloud for one generated project. */
export async function startTuyaSandbox(options: TuyaSandboxOptions): Promise<TuyaSandbox> {
  const clock = new OffsetClock(options.clock ?? systemClock)
  const random = createRandom(options.seed).fork('tuya')
  const { site, accessId, accessSecret } = generateSite(random, deviceCount(options.scale), clock.now())
  const faults = new FaultController(random.fork('faults'), options.faults, () => clock.now())
  const state: GatewayState = {
    site,
    accessId,
    accessSecret,
    tokens: new TokenStore(random.fork('tokens'), random.fork('uid').hex(24)),
    clock,
    faults,
    random: random.fork('tid'),
    settings: {
      sendFailureRate: options.sendFailureRate ?? 0.05,
      failingPersons: new Map(),
      casing: options.casing ?? 'snake',
      timeWindowMs: options.timeWindowMs ?? DEFAULT_TIME_WINDOW_MS,
    },
    journal: [],
    lists: new SiteLists(),
  }
  const logger = options.logger?.child('sandbox.tuya')
  const server = await listenLoopback(createGateway(state), options.port ?? 0, (error) =>
    logger?.error('tuya sandbox handler failed', { error: String(error) }),
  )
  const control = createControl(state, clock)
  return {
    info: { baseUrl: server.baseUrl, accessId, accessSecret, projectId: site.projectId },
    faults,
    control,
    handleAdmin: (method, segments, body) => Promise.resolve(handleAdmin(control, method, segments, body)),
    close: () => server.close(),
  }
}
