import type { ActivityWording } from '@shared/activity/activity-rows'
import type { ActivityEntry, ActivityReason, ActivityResult } from '@shared/domain/activity'
import type { ErrorCode } from '@shared/errors'
import { assertNever } from '@shared/util/assert-never'
import type { TFunction } from 'i18next'
import { errorMessage } from '../../lib/error-message'
import { formatDateTime } from '../../i18n/format'
import { sendKindLabel } from '../../i18n/labels'

/** A logged change in words, in the UI's language, from the data the log keeps. */
export function describeActivity(t: TFunction, entry: Pick<ActivityEntry, 'operation'>): string {
  const { kind, params } = entry.operation
  const key = `activity.op.${kind}`
  const name = params.name ?? ''
  const count = params.count ?? 0
  switch (kind) {
    case 'akuvox.accessGroup.create':
    case 'akuvox.accessGroup.update':
    case 'akuvox.staff.create':
    case 'akuvox.staff.update':
    case 'tuya.person.add':
      return t(key, { name })
    case 'akuvox.accessGroup.delete':
    case 'tuya.person.edit':
      return name ? t(`${key}.named`, { name }) : t(`${key}.unnamed`)
    case 'akuvox.accessGroup.residents':
      return t(`${key}.${params.change ?? 'add'}`, { count, name })
    case 'akuvox.staff.delete':
    case 'tuya.person.disable':
    case 'tuya.person.delete':
    case 'tuya.person.recover':
      return t(key, { count })
    case 'tuya.permissions.send':
      return t(key, {
        kind: params.sendKind ? sendKindLabel(t, params.sendKind) : '',
        policy: params.certificates ? t(`sends.policy.${params.certificates}`) : '',
        count,
      })
    case 'akuvox.staff.import':
      return t(key, { name, count, created: params.created ?? 0, queued: params.queued ?? 0, failed: params.failed ?? 0 })
    default:
      return assertNever(kind, 'activity kind')
  }
}

export const resultLabel = (t: TFunction, result: ActivityResult): string => t(`activity.result.${result}`)

export const RESULT_COLOR: Readonly<Record<ActivityResult, string>> = {
  done: 'teal',
  queued: 'orange',
  failed: 'red',
  merged: 'violet',
  discarded: 'gray',
}

/** Why a change failed, in the same words the screen showed when it did. */
export function reasonText(t: TFunction, reason: ActivityReason): string {
  return errorMessage(t, {
    code: reason.code as ErrorCode,
    messageKey: reason.messageKey,
    retryable: false,
    ...(reason.params ? { params: reason.params } : {}),
  })
}

/** A log row's words for an export or the handover pack: in the language `t` speaks, each time in its project's site zone where known. */
export function activityWords(t: TFunction, language: string, zoneOf: (entry: ActivityEntry) => string | undefined): ActivityWording {
  return {
    when: (at, entry) => {
      const zone = zoneOf(entry)
      return formatDateTime(at, language, zone ? { timeZone: zone } : {})
    },
    operation: (e) => describeActivity(t, e),
    result: (r) => resultLabel(t, r),
    reason: (r) => reasonText(t, r),
  }
}
