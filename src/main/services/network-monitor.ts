import type { NetworkState } from '@shared/domain/app-info'

/** Asks the operating system whether any network is up (Electron: `net.isOnline`). */
export type NetworkProbe = () => boolean | Promise<boolean>

/**
 * Polls the OS network state and reports transitions. A cloud that cannot be reached while the
 * network is up is the connection's state (`connections/connection-state.ts`), not this.
 */
export class NetworkMonitor {
  private state: NetworkState
  private timer: NodeJS.Timeout | undefined

  constructor(
    private readonly probe: NetworkProbe,
    private readonly onChange: (state: NetworkState) => void,
    private readonly now: () => number = Date.now,
    initialOnline = true,
  ) {
    this.state = { online: initialOnline, since: now() }
  }

  get current(): NetworkState {
    return this.state
  }

  start(intervalMs = 5_000): void {
    if (this.timer) return
    void this.check()
    this.timer = setInterval(() => void this.check(), intervalMs)
    this.timer.unref()
  }

  stop(): void {
    clearInterval(this.timer)
    this.timer = undefined
  }

  async check(): Promise<NetworkState> {
    let online: boolean
    try {
      online = await this.probe()
    } catch {
      online = false
    }
    if (online !== this.state.online) {
      this.state = { online, since: this.now() }
      this.onChange(this.state)
    }
    return this.state
  }
}
