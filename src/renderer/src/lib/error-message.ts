import type { AppError } from '@shared/errors'
import type { TFunction } from 'i18next'

/** The user-facing sentence for an error: its own key, else the generic one for its code. */
export function errorMessage(t: TFunction, error: AppError): string {
  return t(error.messageKey, { ...error.params, defaultValue: t(`errors.${error.code}`) })
}
