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

const TYPED = /^(\d{1,2})[:.：]?(\d{2})(?:[:.：](\d{2}))?$/

/**
 * A time of day as installers type it, 24-hour: `7:00`, `0700`, `7.00`, `19:30:15` → `07:00`,
 * `07:00`, `07:00`, `19:30:15`; null when it is not one.
 */
export function typedClock(text: string): string | null {
  const m = TYPED.exec(text.trim())
  if (!m) return null
  const [hours, minutes, seconds] = [Number(m[1]), Number(m[2]), m[3] === undefined ? null : Number(m[3])]
  if (hours > 23 || minutes > 59 || (seconds !== null && seconds > 59)) return null
  const hm = `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`
  return seconds === null ? hm : `${hm}:${String(seconds).padStart(2, '0')}`
}
