import type { FailureReason } from '@shared/sends/types'
import { assertNever } from '@shared/util/assert-never'
import type { TFunction } from 'i18next'

/** One reason a person's part of a send failed, in the installer's words (never the cloud's codes). */
export function reasonText(t: TFunction, reason: FailureReason): string {
  switch (reason.kind) {
    case 'notSent':
    case 'notRemoved':
      return t(`sends.reasons.${reason.kind}.${reason.subject}`)
    case 'stopped':
    case 'unconfirmed':
    case 'deviceOffline':
    case 'unread':
    case 'noReason':
      return t(`sends.reasons.${reason.kind}`)
    default:
      return assertNever(reason, 'failure reason')
  }
}

/** The grid's short form: the first reason, and how many more the details list ("+1 more reason"), or null. */
export function reasonSummary(t: TFunction, reasons: readonly FailureReason[]): { readonly first: string; readonly more: string | null } {
  const [first, ...more] = reasons
  if (!first) return { first: t('sends.tracking.whyNone'), more: null }
  return { first: reasonText(t, first), more: more.length === 0 ? null : t('sends.tracking.whyMore', { count: more.length }) }
}
