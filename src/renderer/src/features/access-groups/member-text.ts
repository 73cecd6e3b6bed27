import { formatDateTime } from '../../i18n/format'
import type { KnownMember } from '@shared/domain/group-members'
import type { TFunction } from 'i18next'

/** "6 Dec 2026, 10:02": when a member was added, in the installer's language, in the site's time zone. */
export function addedWhen(at: number, language: string, zone: string): string {
  return formatDateTime(at, language, { timeZone: zone })
}

export function memberName(t: TFunction, member: Pick<KnownMember, 'name'>): string {
  return member.name || t('accessGroups.members.unnamed')
}

/** "added here on 6 Dec 2026, 10:02", or on which computer; and whether it still waits in the outbox. */
export function memberNote(t: TFunction, member: KnownMember, language: string, zone: string): string {
  const when = addedWhen(member.addedAt, language, zone)
  const added = member.addedHere
    ? t('accessGroups.members.addedHere', { when })
    : member.machineName
      ? t('accessGroups.members.addedOn', { when, machine: member.machineName })
      : t('accessGroups.members.addedElsewhere', { when })
  return member.queued ? `${added}${t('accessGroups.words.separator')}${t('accessGroups.members.waiting')}` : added
}

/** Residents the cloud counts that Fieldkey did not add (or cannot see landed yet). */
export function unnamedCount(userCount: number, knownTotal: number, knownWaiting: number): number {
  return Math.max(0, userCount - (knownTotal - knownWaiting))
}

/** Members Fieldkey added that the cloud's count has no room for: removed elsewhere since, perhaps. */
export function goneCount(userCount: number, knownTotal: number, knownWaiting: number): number {
  return Math.max(0, knownTotal - knownWaiting - userCount)
}
