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

/** The grid's short form: the first reason, and how many more the details list. */
export function reasonSummary(t: TFunction, reasons: readonly FailureReason[]): string {
  const [first, ...more] = reasons
  if (!first) return t('sends.tracking.whyNone')
  const text = reasonText(t, first)
  return more.length === 0 ? text : t('sends.tracking.whyMore', { first: text, count: more.length })
}
