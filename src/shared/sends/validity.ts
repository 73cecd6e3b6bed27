import type { TuyaAccessAuth } from '../domain/tuya'
import type { PermissionsFilter, ValidityFilter } from './types'

const DAY = 86_400_000
/** The seed's "permanent" end: 2050-12-31 23:59:59 (UTC+8), as the cloud writes it. */
export const PERMANENT_END = 2_556_115_199_000

const WITHIN: Readonly<Record<'within7Days' | 'within15Days' | 'within30Days', number>> = { within7Days: 7, within15Days: 15, within30Days: 30 }

/** The seed's `authDateType` as the cloud applies it: 0 permanent, -1 expired, N expiring within N days. */
export function matchesValidity(auth: Pick<TuyaAccessAuth, 'authEndTime'>, validity: ValidityFilter, now: number): boolean {
  switch (validity) {
    case 'permanent':
      return auth.authEndTime >= PERMANENT_END
    case 'expired':
      return auth.authEndTime < now
    case 'within7Days':
    case 'within15Days':
    case 'within30Days':
      return auth.authEndTime >= now && auth.authEndTime < now + WITHIN[validity] * DAY
  }
}

/** The permissions view's filters over cached rows (channel and person are applied by the query). */
export function matchesPermission(auth: TuyaAccessAuth, filter: PermissionsFilter, now: number): boolean {
  const search = filter.search?.trim().toLowerCase()
  return (
    (filter.channelId === undefined || auth.accessControlChannelId === filter.channelId) &&
    (filter.personId === undefined || auth.personId === filter.personId) &&
    (!search || [auth.name, auth.personCode, auth.mobile, auth.accessControlChannelName].some((v) => v.toLowerCase().includes(search))) &&
    (filter.validity === undefined || matchesValidity(auth, filter.validity, now)) &&
    (filter.faceIssueStatus === undefined || auth.faceIssueStatus === filter.faceIssueStatus) &&
    (filter.cardIssueStatus === undefined || auth.cardIssueStatus === filter.cardIssueStatus) &&
    (filter.fingerprintIssueStatus === undefined || auth.fingerprintIssueStatus === filter.fingerprintIssueStatus)
  )
}
