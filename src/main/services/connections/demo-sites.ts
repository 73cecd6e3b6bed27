import type { DemoSitesInfo, RunningDemoSites } from '@fieldkey/sandbox/demo'

/**
 * The built-in demo clouds: started inside main on random loopback ports the first time a demo
 * connection is used, and shared by both vendors' demo connections for the rest of the session.
 */
export class DemoSites {
  private running: Promise<RunningDemoSites> | undefined

  constructor(private readonly start: () => Promise<RunningDemoSites>) {}

  async info(): Promise<DemoSitesInfo> {
    this.running ??= this.start().catch((error: unknown) => {
      this.running = undefined
      throw error
    })
    return (await this.running).info
  }

  async close(): Promise<void> {
    const running = this.running
    this.running = undefined
    if (running) await (await running).close()
  }
}
