import { type AkuvoxSandboxInfo, type AkuvoxSandboxOptions, startAkuvoxSandbox } from './akuvox'
import type { VendorSandbox, VendorSandboxOptions } from './common/types'
import { type TuyaSandboxInfo, startTuyaSandbox } from './tuya'

export const DEFAULT_SEED = 1

export interface BothClouds {
  readonly akuvox: VendorSandbox<AkuvoxSandboxInfo>
  readonly tuya: VendorSandbox<TuyaSandboxInfo>
}

/** Starts the Akuvox cloud on `port` and the Tuya cloud on `port + 1` (absent: random ports); if Tuya fails, Akuvox is closed. */
export async function startBothClouds(options: VendorSandboxOptions & Pick<AkuvoxSandboxOptions, 'staffPerProject'>): Promise<BothClouds> {
  const akuvox = await startAkuvoxSandbox(options)
  const tuya = await startTuyaSandbox({ ...options, port: options.port ? options.port + 1 : undefined }).catch(async (error: unknown) => {
    await akuvox.close()
    throw error
  })
  return { akuvox, tuya }
}
