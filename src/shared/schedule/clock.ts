/** Times of day as seconds since midnight, and the text forms the API and the wizard use. */

export const DAY_SECONDS = 86_400

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$/
const DATE = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/

/** `HH:mm` or `HH:mm:ss` → seconds of the day; null when it is not a time. */
export function parseClock(text: string): number | null {
  const m = CLOCK.exec(text.trim())
  if (!m) return null
  return Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3] ?? 0)
}

const two = (n: number): string => String(n).padStart(2, '0')

/** Seconds of the day → `HH:mm:ss` (the API's form). */
export function clockText(seconds: number): string {
  const s = ((seconds % DAY_SECONDS) + DAY_SECONDS) % DAY_SECONDS
  return `${two(Math.floor(s / 3600))}:${two(Math.floor(s / 60) % 60)}:${two(s % 60)}`
}

/** Seconds of the day → `HH:mm` (what the installer reads). */
export function shortClock(seconds: number): string {
  return clockText(seconds).slice(0, 5)
}

export interface CalendarDate {
  readonly year: number
  readonly month: number
  readonly day: number
}

export function parseDate(text: string): CalendarDate | null {
  const m = DATE.exec(text.trim())
  if (!m) return null
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }
  const check = new Date(Date.UTC(date.year, date.month - 1, date.day))
  return check.getUTCDate() === date.day ? date : null
}

export function dateText(d: CalendarDate): string {
  return `${String(d.year).padStart(4, '0')}-${two(d.month)}-${two(d.day)}`
}
