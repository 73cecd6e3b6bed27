import type { NetworkState } from '@shared/domain/app-info'
import type { ConnectionState } from '@shared/domain/connection'
import { type AppError, type ErrorCode, toAppError } from '@shared/errors'

/** What one cloud call says about its connection. */
export type CallOutcome =
  | { readonly kind: 'answered'; readonly at: number }
  | { readonly kind: 'unreachable'; readonly at: number; readonly error: AppError }
  | { readonly kind: 'refused'; readonly at: number; readonly error: AppError }

/** The facts kept per connection; the state shown is derived from them and the network. */
export interface ConnectionFacts {
  /** The last call's outcome since Fieldkey started (or since the installer signed out). */
  readonly last: CallOutcome | null
  /** When the current run of unreachable calls began. */
  readonly unreachableSince: number | null
  readonly signedOut: boolean
}

export const NO_FACTS: ConnectionFacts = { last: null, unreachableSince: null, signedOut: false }
export const SIGNED_OUT: ConnectionFacts = { last: null, unreachableSince: null, signedOut: true }

/** The call did not reach the cloud, or what answered at the address is not the cloud. */
const UNREACHABLE: ReadonlySet<ErrorCode> = new Set(['network', 'timeout', 'unavailable', 'server', 'not_a_cloud', 'redirect_refused'])
/** The cloud answered and refused the sign-in. */
const REFUSED: ReadonlySet<ErrorCode> = new Set(['auth', 'forbidden', 'clock_skew'])
/** Neither the cloud's answer nor its silence: the call was stopped here, or failed here. */
const NO_VERDICT: ReadonlySet<ErrorCode> = new Set(['cancelled', 'internal', 'invalid_input'])

/**
 * What a finished call says: `error` null for success. Any other failure (not found, conflict,
 * too many requests…) is an answer from a cloud that accepted the sign-in. Null: nothing learnt.
 */
export function classifyCall(error: unknown, at: number): CallOutcome | null {
  if (error === null || error === undefined) return { kind: 'answered', at }
  const appErr = toAppError(error)
  if (UNREACHABLE.has(appErr.code)) return { kind: 'unreachable', at, error: appErr }
  if (REFUSED.has(appErr.code)) return { kind: 'refused', at, error: appErr }
  if (NO_VERDICT.has(appErr.code)) return null
  return { kind: 'answered', at }
}

export function recordOutcome(facts: ConnectionFacts, outcome: CallOutcome): ConnectionFacts {
  const unreachableSince = outcome.kind === 'unreachable' ? (facts.unreachableSince ?? outcome.at) : null
  return { last: outcome, unreachableSince, signedOut: false }
}

/**
 * The one state every screen shows. A refused sign-in needs the installer whatever the network
 * does, so it outranks "offline"; "offline" outranks what the last call said, since no call can
 * get through.
 */
export function deriveState(facts: ConnectionFacts, network: NetworkState, hasTokens: boolean): ConnectionState {
  if (facts.signedOut) return { kind: 'signedOut' }
  const last = facts.last
  if (last?.kind === 'refused') return { kind: 'refused', at: last.at, error: last.error }
  if (!network.online) return { kind: 'offline', since: network.since }
  if (last === null) return hasTokens ? { kind: 'unchecked' } : { kind: 'signedOut' }
  if (last.kind === 'unreachable') return { kind: 'unreachable', since: facts.unreachableSince ?? last.at, at: last.at, error: last.error }
  return { kind: 'signedIn', at: last.at }
}

/** Two states an installer would read the same way (a newer "answered at" is not news). */
export function sameState(a: ConnectionState, b: ConnectionState): boolean {
  if (a.kind !== b.kind) return false
  if (a.kind === 'unreachable' && b.kind === 'unreachable') return a.since === b.since && a.error.messageKey === b.error.messageKey
  if (a.kind === 'refused' && b.kind === 'refused') return a.error.messageKey === b.error.messageKey
  if (a.kind === 'offline' && b.kind === 'offline') return a.since === b.since
  return true
}
