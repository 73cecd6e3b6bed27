import type { AppError } from '@shared/errors'
import type { TFunction } from 'i18next'
import { issuesText } from './input-issues'

/** The user-facing sentence for an error: each refused field and its rule, else its own key, else the generic one for its code. */
export function errorMessage(t: TFunction, error: AppError): string {
  if (error.issues && error.issues.length > 0) return issuesText(t, error.issues)
  return t(error.messageKey, { ...error.params, defaultValue: t(`errors.${error.code}`) })
}
