export interface PollBackoff {
  readonly minMs: number
  readonly maxMs: number
  readonly factor: number
}

export const POLL_BACKOFF: PollBackoff = { minMs: 500, maxMs: 8_000, factor: 2 }

/**
 * The next wait of the tracking poll: back to the minimum when the last poll saw progress,
 * longer (up to the maximum) when it saw none or failed.
 */
export function nextDelay(current: number, progressed: boolean, b: PollBackoff = POLL_BACKOFF): number {
  if (progressed) return b.minMs
  return Math.min(b.maxMs, Math.max(b.minMs, Math.round(current * b.factor)))
}
