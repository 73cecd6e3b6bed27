/** The sandbox's sense of time: injectable so tests can move it (token expiry, task progress). */
export interface Clock {
  now(): number
}

export const systemClock: Clock = { now: () => Date.now() }

/** A clock that follows real time plus an adjustable offset (admin: advance time). */
export class OffsetClock implements Clock {
  private offsetMs = 0
  constructor(private readonly base: Clock = systemClock) {}
  now(): number {
    return this.base.now() + this.offsetMs
  }
  advance(ms: number): void {
    this.offsetMs += ms
  }
}
