import { SEND_POLICIES, credentialsOf } from './policy'
import type { PendingCounts, SendCredential } from './types'

/** The credentials an access-auth row keeps an issue status for ("to be sent" / "sent"). */
export type StatusCredential = 'card' | 'face' | 'fingerprint'

/** Per channel, how many permissions have each credential still "to be sent", as the cache counts them. */
export interface PendingStatuses {
  readonly total: number
  readonly pending: Readonly<Record<StatusCredential, number>>
}

/** Every credential at least one send policy pushes: what a send can still deliver. */
const SENDABLE: ReadonlySet<SendCredential> = new Set(SEND_POLICIES.flatMap(credentialsOf))

const sendable = (c: StatusCredential): c is StatusCredential & SendCredential => (SENDABLE as ReadonlySet<string>).has(c)

/**
 * What is pending on a channel: only credentials some send policy carries. A fingerprint stays
 * "to be sent" in the cloud for ever (no send pushes one), so counting it would leave a channel
 * pending right after a send in which everything succeeded.
 */
export function pendingCounts(statuses: PendingStatuses): PendingCounts {
  const count = (c: StatusCredential): number => (sendable(c) ? statuses.pending[c] : 0)
  return { total: statuses.total, card: count('card'), face: count('face') }
}

/** Something a send could deliver is still waiting on the channel. */
export const hasPending = (p: PendingCounts): boolean => p.card + p.face > 0
