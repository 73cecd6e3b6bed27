import type { Logger } from '../log/logger'
import { type AkuvoxSandboxInfo, startAkuvoxSandbox } from './akuvox'
import { startAdminServer } from './admin'
import type { Clock } from './common/clock'
import type { FaultSettings } from './common/faults'
import type { SiteScale } from './common/scale'
import type { VendorSandbox } from './common/types'
import { type TuyaSandboxInfo, startTuyaSandbox } from './tuya'

export interface SandboxesOptions {
  readonly seed?: number
  readonly scale?: SiteScale
  readonly latencyMs?: number
  /** Akuvox listens on `port`, Tuya on `port + 1`, admin on `port + 2`; absent: random ports. */
  readonly port?: number
  /** The in-app demo site needs no admin endpoint. */
  readonly admin?: boolean
  readonly faults?: Partial<FaultSettings>
  readonly clock?: Clock
  readonly logger?: Logger
}

export interface SandboxesInfo {
  readonly akuvox: AkuvoxSandboxInfo
  readonly tuya: TuyaSandboxInfo
  readonly admin: { readonly baseUrl: string } | null
}

export interface RunningSandboxes {
  readonly info: SandboxesInfo
  readonly akuvox: VendorSandbox<AkuvoxSandboxInfo>
  readonly tuya: VendorSandbox<TuyaSandboxInfo>
  close(): Promise<void>
}

export const DEFAULT_SEED = 1

/** Starts both loopback clouds (and the admin endpoint) from one seed: the demo site. */
export async function startSandboxes(options: SandboxesOptions = {}): Promise<RunningSandboxes> {
  const base = {
    seed: options.seed ?? DEFAULT_SEED,
    scale: options.scale ?? 'small',
    faults: { ...options.faults, ...(options.latencyMs !== undefined ? { latencyMs: options.latencyMs } : {}) },
    clock: options.clock,
    logger: options.logger,
  }
  const akuvox = await startAkuvoxSandbox({ ...base, port: options.port })
  const tuya = await startTuyaSandbox({ ...base, port: options.port ? options.port + 1 : undefined }).catch(async (error: unknown) => {
    await akuvox.close()
    throw error
  })
  const admin =
    options.admin === false
      ? null
      : await startAdminServer({ akuvox, tuya }, options.port ? options.port + 2 : 0)
  return {
    info: { akuvox: akuvox.info, tuya: tuya.info, admin: admin ? { baseUrl: admin.baseUrl } : null },
    akuvox,
    tuya,
    async close() {
      await Promise.all([akuvox.close(), tuya.close(), admin?.close()])
    },
  }
}
