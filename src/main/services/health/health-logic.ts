import type { StatusFreshness } from '@shared/domain/devices'
import type { AppError } from '@shared/errors'
import type { HealthPollRecord } from '../../store/cache/health-polls-repo'

export interface HealthTiming {
  readonly intervalMs: number
  /** Backoff after failures doubles the interval up to this. */
  readonly maxBackoffMs: number
  /** Statuses older than this are "stale". */
  readonly staleAfterMs: number
}

export const DEFAULT_HEALTH_TIMING: HealthTiming = { intervalMs: 60_000, maxBackoffMs: 15 * 60_000, staleAfterMs: 5 * 60_000 }

/** A failure that says nothing about the devices: the cloud could not be reached at all. */
function isUnreachable(error: AppError): boolean {
  return error.code === 'network' || error.code === 'timeout'
}

/** When to poll next: the interval, doubled per consecutive failure, capped. */
export function nextPollDelay(timing: HealthTiming, consecutiveFailures: number): number {
  if (consecutiveFailures <= 0) return timing.intervalMs
  return Math.min(timing.maxBackoffMs, timing.intervalMs * 2 ** Math.min(consecutiveFailures, 20))
}

/** The poll record after one poll. */
export function recordPoll(
  previous: HealthPollRecord | null,
  at: number,
  outcome: { readonly ok: true } | { readonly ok: false; readonly error: AppError },
): HealthPollRecord {
  if (outcome.ok) return { lastAttemptAt: at, lastSuccessAt: at, consecutiveFailures: 0, lastError: null }
  return {
    lastAttemptAt: at,
    lastSuccessAt: previous?.lastSuccessAt ?? null,
    consecutiveFailures: (previous?.consecutiveFailures ?? 0) + 1,
    lastError: outcome.error,
  }
}

/**
 * How far the shown statuses can be trusted: "cloud unreachable" when the latest polls failed
 * for the network (the devices may be fine), "stale" when no poll succeeded for too long (or
 * ever), else fresh.
 */
export function freshness(record: HealthPollRecord | null, now: number, timing: HealthTiming): StatusFreshness {
  const lastCheckedAt = record?.lastSuccessAt ?? null
  if (record && record.consecutiveFailures > 0 && record.lastError && isUnreachable(record.lastError)) {
    return { kind: 'cloudUnreachable', since: lastCheckedAt ?? record.lastAttemptAt, lastCheckedAt, error: record.lastError }
  }
  if (lastCheckedAt === null) return { kind: 'stale', lastCheckedAt: null, minutes: null }
  if (now - lastCheckedAt > timing.staleAfterMs) return { kind: 'stale', lastCheckedAt, minutes: Math.floor((now - lastCheckedAt) / 60_000) }
  return { kind: 'fresh', checkedAt: lastCheckedAt }
}

/** Whether the UI's picture changed: any transition, or a different kind of freshness. */
export function worthTelling(before: StatusFreshness, after: StatusFreshness, transitions: number): boolean {
  return transitions > 0 || before.kind !== after.kind
}
