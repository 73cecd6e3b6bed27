import type { AkuvoxSchedule } from '@shared/domain/akuvox'
import type { MergeReview, ReviewField } from '@shared/merge/review'
import type { MergeList, MergeValue } from '@shared/merge/three-way'
import type { TFunction } from 'i18next'
import { utcScheduleText } from '../access-groups/schedule-text'

/** A PIN or card number shown by its last two digits only: ••••90. */
export function masked(secret: string): string {
  return `••••${secret.slice(-2)}`
}

/** One list element in words: a masked PIN, a group's or door's name, a building and floor. */
function itemText(t: TFunction, field: ReviewField, item: string, names: MergeReview['names']): string {
  const name = (id: string) => names[id] ?? t('project.outbox.merge.unknown')
  switch (field.format) {
    case 'secret':
      return masked(item)
    case 'names':
      return name(item)
    case 'floors': {
      const cut = item.lastIndexOf('/')
      return t('project.outbox.merge.floor', { building: name(item.slice(0, cut)), floor: item.slice(cut + 1) })
    }
    default:
      return item
  }
}

export function itemsText(t: TFunction, field: ReviewField, items: MergeList, names: MergeReview['names']): string {
  return items.length === 0 ? t('project.outbox.merge.none') : items.map((i) => itemText(t, field, i, names)).join(', ')
}

/** Where and when schedules are read: the site's time zone (UTC while it is not set), and now. */
export interface SiteClock {
  readonly zone: string
  readonly now: number
}

/** A field's value in the installer's words. */
export function valueText(t: TFunction, field: ReviewField, value: MergeValue, names: MergeReview['names'], clock: SiteClock): string {
  if (Array.isArray(value)) return itemsText(t, field, value, names)
  if (value === null || value === '') return t('project.outbox.merge.empty')
  if (field.format === 'switch') return t(value === true ? 'project.outbox.merge.on' : 'project.outbox.merge.off')
  if (field.format === 'schedule' && typeof value === 'string') return utcScheduleText(t, JSON.parse(value) as AkuvoxSchedule, clock.zone, clock.now)
  return itemText(t, field, String(value), names)
}

/** What one side did to a field, from `before` to `after`: added and removed elements, or old → new. */
export function changeText(t: TFunction, field: ReviewField, before: MergeValue, after: MergeValue, names: MergeReview['names'], clock: SiteClock): string {
  if (Array.isArray(before) && Array.isArray(after)) {
    const added = after.filter((x) => !before.includes(x))
    const removed = before.filter((x) => !after.includes(x))
    const parts = [
      ...(added.length > 0 ? [t('project.outbox.merge.added', { items: itemsText(t, field, added, names) })] : []),
      ...(removed.length > 0 ? [t('project.outbox.merge.removed', { items: itemsText(t, field, removed, names) })] : []),
    ]
    return parts.length > 0 ? parts.join('; ') : t('project.outbox.merge.unchanged')
  }
  if (before === after) return t('project.outbox.merge.unchanged')
  return t('project.outbox.merge.beforeAfter', { before: valueText(t, field, before, names, clock), after: valueText(t, field, after, names, clock) })
}
