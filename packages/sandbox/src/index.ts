import type { AkuvoxSandboxInfo } from './akuvox'
import { startAdminServer } from './admin'
import { DEFAULT_SEED, startBothClouds } from './clouds'
import type { Clock } from './common/clock'
import type { FaultSettings } from './common/faults'
import type { SandboxLogger } from './common/logger'
import type { SiteScale } from './common/scale'
import type { VendorSandbox } from './common/types'
import type { DemoSitesInfo } from './demo'
import type { TuyaSandboxInfo } from './tuya'

/*
 * The full entry: both clouds with fault settings and the admin server, for tests, the benchmark
 * and `npm run sandbox`. The app's demo sites use demo.ts.
 */

export { DEFAULT_SEED }
export type { DemoSitesInfo, RunningDemoSites } from './demo'
export type { SandboxLogger } from './common/logger'

export interface SandboxesOptions {
  readonly seed?: number
  readonly scale?: SiteScale
  /** Akuvox staff of each project in order, instead of one per three devices (`npm run bench:ui` lists 100,000). */
  readonly akuvoxStaff?: readonly number[]
  readonly latencyMs?: number
  /** Akuvox listens on `port`, Tuya on `port + 1`, admin on `port + 2`; absent: random ports. */
  readonly port?: number
  /** False: no admin endpoint. */
  readonly admin?: boolean
  readonly faults?: Partial<FaultSettings>
  readonly clock?: Clock
  readonly logger?: SandboxLogger
}

export interface SandboxesInfo extends DemoSitesInfo {
  readonly admin: { readonly baseUrl: string } | null
}

export interface RunningSandboxes {
  readonly info: SandboxesInfo
  readonly akuvox: VendorSandbox<AkuvoxSandboxInfo>
  readonly tuya: VendorSandbox<TuyaSandboxInfo>
  close(): Promise<void>
}

/** Starts both loopback clouds (and the admin endpoint) from one seed. */
export async function startSandboxes(options: SandboxesOptions = {}): Promise<RunningSandboxes> {
  const { akuvox, tuya } = await startBothClouds({
    seed: options.seed ?? DEFAULT_SEED,
    scale: options.scale ?? 'small',
    ...(options.akuvoxStaff ? { staffPerProject: options.akuvoxStaff } : {}),
    faults: { ...options.faults, ...(options.latencyMs !== undefined ? { latencyMs: options.latencyMs } : {}) },
    clock: options.clock,
    logger: options.logger,
    port: options.port,
  })
  const admin = options.admin === false ? null : await startAdminServer({ akuvox, tuya }, options.port ? options.port + 2 : 0)
  return {
    info: { akuvox: akuvox.info, tuya: tuya.info, admin: admin ? { baseUrl: admin.baseUrl } : null },
    akuvox,
    tuya,
    async close() {
      await Promise.all([akuvox.close(), tuya.close(), admin?.close()])
    },
  }
}
