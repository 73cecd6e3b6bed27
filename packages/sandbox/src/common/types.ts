import type { SandboxLogger } from './logger'
import type { Clock } from './clock'
import type { FaultController, FaultSettings } from './faults'
import type { SiteScale } from './scale'

export interface VendorSandboxOptions {
  /** Same seed → same site, ids and credentials. */
  readonly seed: number
  readonly scale: SiteScale
  /** 0 or absent: a random free port. */
  readonly port?: number
  readonly faults?: Partial<FaultSettings>
  readonly clock?: Clock
  readonly logger?: SandboxLogger
}

/** What an admin route answers. */
export interface AdminAnswer {
  readonly status: number
  readonly body: unknown
}

export interface VendorSandbox<Info> {
  /** Base URL and credentials: what `npm run sandbox` prints and demo connections use. */
  readonly info: Info
  readonly faults: FaultController
  /**
   * Vendor-specific admin routes under `/<vendor>/…` on the admin server (inspect state, take a
   * device offline, advance time…). `segments` excludes the vendor prefix. Null: no such route.
   */
  handleAdmin(method: string, segments: readonly string[], body: unknown): Promise<AdminAnswer | null>
  close(): Promise<void>
}
