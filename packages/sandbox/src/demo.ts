import type { AkuvoxSandboxInfo } from './akuvox'
import { DEFAULT_SEED, startBothClouds } from './clouds'
import type { SandboxLogger } from './common/logger'
import type { TuyaSandboxInfo } from './tuya'

/*
 * The app's entry into the sandbox: the two demo sites, loaded by dynamic import only when an
 * installer opens one. No admin server and no fault settings (those are for tests, the
 * benchmark and `npm run sandbox`, through index.ts).
 */

export interface DemoSitesInfo {
  readonly akuvox: AkuvoxSandboxInfo
  readonly tuya: TuyaSandboxInfo
}

export interface RunningDemoSites {
  readonly info: DemoSitesInfo
  close(): Promise<void>
}

/** Starts both demo clouds on random loopback ports: the small site of the default seed. */
export async function startDemoSites(options: { readonly logger?: SandboxLogger } = {}): Promise<RunningDemoSites> {
  const { akuvox, tuya } = await startBothClouds({ seed: DEFAULT_SEED, scale: 'small', logger: options.logger })
  return {
    info: { akuvox: akuvox.info, tuya: tuya.info },
    async close() {
      await Promise.all([akuvox.close(), tuya.close()])
    },
  }
}
