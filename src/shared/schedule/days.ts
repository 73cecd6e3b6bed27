/**
 * Week days. The cloud writes `available_days` as strings; its examples and the sandbox use
 * "1"–"5" for Monday–Friday, so Sunday is "0" (and a "7" read from the cloud is Sunday too).
 */
export const WEEKDAYS = [0, 1, 2, 3, 4, 5, 6] as const
export type Weekday = (typeof WEEKDAYS)[number]

/** Monday first: the order the wizard and the summaries show. */
export const WEEK_ORDER: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 0]

function isWeekday(n: number): n is Weekday {
  return Number.isInteger(n) && n >= 0 && n <= 6
}

export function parseDays(values: readonly string[]): Weekday[] {
  const days = values.map((v) => (v.trim() === '7' ? 0 : Number(v))).filter(isWeekday)
  return sortDays(days)
}

export function sortDays(days: readonly Weekday[]): Weekday[] {
  return [...new Set(days)].sort((a, b) => WEEK_ORDER.indexOf(a) - WEEK_ORDER.indexOf(b))
}

export function dayStrings(days: readonly Weekday[]): string[] {
  return [...new Set(days)].sort((a, b) => a - b).map(String)
}

export function shiftDay(day: Weekday, by: number): Weekday {
  return ((((day + by) % 7) + 7) % 7) as Weekday
}
