import type { AppError } from '@shared/errors'

export type FieldPath = readonly (string | number)[]

/** Whether `path` is `field` or lies inside it (`['draft', 'floorAccesses', 0, 'floors']` is inside `['draft', 'floorAccesses']`). */
function within(path: FieldPath, field: FieldPath): boolean {
  return field.length <= path.length && field.every((part, i) => path[i] === part)
}

/**
 * Where a change's error is shown: on the form field it names when the form has that field,
 * else on the form as a whole. `fields` are the paths (in the channel's input) the form shows.
 */
export interface PlacedError {
  /** The error when it belongs to this field (or to something inside it), else null. */
  readonly on: (field: FieldPath) => AppError | null
  /** The error when no field of the form takes it. */
  readonly form: AppError | null
}

export function placeError(error: AppError | null, fields: readonly FieldPath[]): PlacedError {
  const path = error?.field
  const taken = path !== undefined && fields.some((f) => within(path, f))
  return {
    on: (field) => (error && taken && path !== undefined && within(path, field) ? error : null),
    form: taken ? null : error,
  }
}
