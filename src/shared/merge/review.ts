import type { FieldMerge } from './three-way'

/**
 * How the conflict view shows a field's values: `text` as it is; `secret` each item masked
 * (PINs, card numbers); `names` each id by the name in `MergeReview.names` (groups, doors,
 * organisations); `floors` each `buildingId/floor` as the building's name and the floor;
 * `schedule` a schedule (JSON of repeat mode, days and UTC times) in the installer's time;
 * `switch` on or off.
 */
export type FieldFormat = 'text' | 'secret' | 'names' | 'floors' | 'schedule' | 'switch'

/** A field the merge covers: its key names its label (`project.outbox.merge.field.<key>`). */
export interface MergeFieldSpec {
  readonly key: string
  readonly format: FieldFormat
}

export type ReviewField = FieldMerge & { readonly format: FieldFormat }

/** A queued change in conflict, field by field: what it was, what I changed, what the cloud changed, and the merge. */
export interface MergeReview {
  readonly id: number
  readonly fields: readonly ReviewField[]
  /** Names of the ids in list fields, as the cache and the cloud know them. */
  readonly names: Readonly<Record<string, string>>
}
