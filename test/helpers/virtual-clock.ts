/**
 * Time that moves only when something sleeps: retries, Retry-After and rate-limit pauses run in
 * no wall time, and the gap between two requests is exactly what the client chose to wait.
 */
export class VirtualClock {
  private t: number

  constructor(start = Date.parse('2026-01-01T00:00:00Z')) {
    this.t = start
  }

  readonly now = (): number => this.t

  readonly sleep = async (ms: number): Promise<void> => {
    this.t += ms
  }
}
