/** What the Tuya persons views send and read (seed 003). */
import type { OutboxState } from '../domain/outbox'
import type { TuyaPaging, TuyaPerson, TuyaPersonFilter, TuyaSex } from '../domain/tuya'
import type { AppError } from '../errors'
import type { Page } from '../page'

/** The seed's list filters (without paging and the face-feature filter), answered from the cache. */
export type PersonsFilter = Omit<TuyaPersonFilter, keyof TuyaPaging | 'feature'> & {
  /** The list's one search box: a name, a mobile however it is written, or a person code. */
  readonly search?: string
}

export type PersonsPage = Page<TuyaPerson>

export interface PersonDraft {
  readonly name: string
  readonly structureId: string
  readonly enabled: boolean
  readonly sex: TuyaSex
  readonly mobileCountry: string
  readonly mobile: string
  readonly email: string
  readonly certType: string
  readonly certNo: string
  readonly personCode: string
}

export type PersonPendingKind = 'add' | 'edit' | 'disable' | 'delete' | 'recover'

export interface PendingPersonChange {
  readonly outboxId: number
  readonly kind: PersonPendingKind
  readonly label: string
  readonly personIds: readonly string[]
  readonly state: OutboxState
  readonly lastError: AppError | null
}

export interface PersonsListing {
  readonly total: number
  readonly recycled: number
  readonly pending: readonly PendingPersonChange[]
  readonly syncedAt: number | null
}

export type PersonWriteOutcome =
  { readonly kind: 'saved'; readonly personIds: readonly string[] } | { readonly kind: 'queued'; readonly outboxId: number; readonly reason: AppError | null }

export interface OrganisationNode {
  readonly structureId: string
  readonly parentStructureId: string
  readonly name: string
  readonly level: number
}
