/**
 * Who is in an access group, as far as Fieldkey knows. The Akuvox cloud reports a group's user
 * count only, never its members, so Fieldkey keeps a record of every resident it added to or
 * removed from a group (who, when, from which installation) and shows that next to the count.
 */
import type { Page } from '../page'

/** One installation of Fieldkey: a random id made once, and the machine's name for people. */
export interface InstallIdentity {
  readonly installId: string
  readonly machineName: string
}

/** A resident whose last recorded change in a group is an add. */
export interface KnownMember {
  readonly accountId: string
  /** The resident's name when they were added (the cloud may rename them later). */
  readonly name: string
  readonly buildingName: string
  readonly residenceNo: string
  readonly addedAt: number
  /** Which installation added them, and whether it is this one. */
  readonly machineName: string
  readonly addedHere: boolean
  /** The add waits in the outbox: the cloud does not have it yet. */
  readonly queued: boolean
}

export interface GroupMembers {
  /** The group's user count as the cloud last reported it. */
  readonly userCount: number
  /** The members Fieldkey added itself (a page of them, oldest first). */
  readonly known: Page<KnownMember>
  /** How many of all the known members still wait in the outbox (not in the cloud's count yet). */
  readonly knownWaiting: number
}
