import type { ClockChange } from '@shared/schedule'
import { wallTimeAt } from '@shared/schedule'
import type { TFunction } from 'i18next'

/** How far the site times move, in words: "1 hour", "30 minutes". */
export function amountText(t: TFunction, change: ClockChange): string {
  const minutes = Math.abs(change.after - change.before)
  return minutes % 60 === 0 ? t('accessGroups.clock.hours', { count: minutes / 60 }) : t('accessGroups.clock.minutes', { count: minutes })
}

/** The change's date at the site: `2027-03-28`. */
export function changeDate(zone: string, change: ClockChange): string {
  const d = wallTimeAt(zone, change.at)
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`
}

/** After a change that moves the clocks forward, a UTC window opens later in site time. */
export const opensLater = (change: ClockChange): boolean => change.after > change.before
