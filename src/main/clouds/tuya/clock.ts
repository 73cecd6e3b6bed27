/**
 * The client's estimate of the server's clock. Every envelope carries the server's `t`; signing
 * with local time + the learnt offset keeps a laptop whose clock is wrong inside Tuya's window
 * (1013 otherwise, docs/clouds.md#tuya-clock-skew).
 */
export class ServerClock {
  private offsetMs = 0

  constructor(private readonly localNow: () => number) {}

  now(): number {
    return this.localNow() + this.offsetMs
  }

  get offset(): number {
    return this.offsetMs
  }

  /** Learns the offset from a server timestamp, taking the request's midpoint as its moment. */
  learn(serverT: number, sentAt: number, receivedAt: number): void {
    this.offsetMs = Math.round(serverT - (sentAt + receivedAt) / 2)
  }
}
