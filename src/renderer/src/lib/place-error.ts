import type { AppError } from '@shared/errors'
import type { InputIssue } from '@shared/input-issues'
import type { TFunction } from 'i18next'
import { errorMessage } from './error-message'
import { issueText, namesOf } from './input-issues'

/**
 * Where a form shows what main refused. Keys are contract paths without list positions
 * (`draft.pinCodes` also takes `draft.pinCodes.2`); each names the form's field and the i18n key
 * of the label the installer sees on it.
 */
export type FieldPlaces<F extends string> = Readonly<Record<string, { readonly field: F; readonly label: string }>>

/** A refusal split between the form's fields and what no field of the form can show. */
export interface PlacedError<F extends string> {
  readonly inline: Partial<Record<F, string>>
  readonly alert: AppError | null
}

/** The place of a path: its own, else the nearest enclosing one (`draft.name` before `draft`). */
function placeOf<F extends string>(places: FieldPlaces<F>, path: readonly (string | number)[]) {
  const names = namesOf(path)
  for (let n = names.length; n > 0; n--) {
    const place = places[names.slice(0, n).join('.')]
    if (place) return place
  }
  return undefined
}

/**
 * The one way every form shows a refusal: each issue whose path is one of the form's fields next
 * to that field, in its label's words; an error naming a field (`field`, a path in the channel's
 * input, or `params.field`) there too; the rest, and every other error, in the form's alert.
 */
export function placeError<F extends string>(t: TFunction, error: AppError | null, places: FieldPlaces<F>): PlacedError<F> {
  const inline: Partial<Record<F, string>> = {}
  if (!error) return { inline, alert: null }
  if (error.issues && error.issues.length > 0) {
    const rest: InputIssue[] = []
    for (const issue of error.issues) {
      const place = placeOf(places, issue.path)
      if (!place) rest.push(issue)
      else inline[place.field] ??= issueText(t, issue, place.label)
    }
    return { inline, alert: rest.length === 0 ? null : { ...error, issues: rest } }
  }
  const path = error.field ?? (typeof error.params?.field === 'string' ? error.params.field.split('.') : undefined)
  const place = path ? placeOf(places, path) : undefined
  if (!place) return { inline, alert: error }
  inline[place.field] = errorMessage(t, error)
  return { inline, alert: null }
}
