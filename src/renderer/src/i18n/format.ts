/**
 * Times, dates and numbers as the installer's language writes them: every screen formats through
 * these, never `toLocale…String` with a guessed locale. Chinese writes 24-hour time; English takes
 * the laptop's region when it speaks English (en-GB: 24-hour, en-US: 12-hour). `timeZone` names
 * the zone the moment is written in (a site's zone where one is known; the laptop's otherwise).
 */

export interface FormatOptions {
  readonly timeZone?: string
  /** The laptop's locale (tests pass one; the window's `navigator.language` otherwise). */
  readonly systemLocale?: string
}

/** The app's language, with the system's region where the system speaks the same language and the language names none. */
export function formatLocale(language: string, systemLocale: string = navigator.language): string {
  if (language.includes('-')) return language
  const [systemLanguage] = systemLocale.split('-')
  return systemLanguage?.toLowerCase() === language.toLowerCase() && isLocale(systemLocale) ? systemLocale : language
}

function isLocale(tag: string): boolean {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([tag]).length === 1
  } catch {
    return false
  }
}

const zoned = (o: FormatOptions): Intl.DateTimeFormatOptions => (o.timeZone ? { timeZone: o.timeZone } : {})

/** "07:05" or "7:05 AM". */
export function formatTime(at: number, language: string, options: FormatOptions = {}): string {
  return new Date(at).toLocaleTimeString(formatLocale(language, options.systemLocale), { hour: '2-digit', minute: '2-digit', ...zoned(options) })
}

/** "6 Dec 2026", "2026/12/6". */
export function formatDate(at: number, language: string, options: FormatOptions = {}): string {
  return new Date(at).toLocaleDateString(formatLocale(language, options.systemLocale), { year: 'numeric', month: 'short', day: 'numeric', ...zoned(options) })
}

/** A moment with its date and time of day. */
export function formatDateTime(at: number, language: string, options: FormatOptions = {}): string {
  return new Date(at).toLocaleString(formatLocale(language, options.systemLocale), {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    ...zoned(options),
  })
}

/** Times as an installer reads them: today's as the time of day, older ones with the date. */
export function formatWhen(at: number, language: string, options: FormatOptions & { readonly now?: number } = {}): string {
  const locale = formatLocale(language, options.systemLocale)
  const day = (ms: number) => new Date(ms).toLocaleDateString('en-CA', zoned(options))
  return day(options.now ?? Date.now()) === day(at)
    ? formatTime(at, language, options)
    : new Date(at).toLocaleString(locale, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', ...zoned(options) })
}

/** "50,000", "50,000" in Chinese too: digit grouping by the language. */
export function formatNumber(value: number, language: string, options: FormatOptions = {}): string {
  return value.toLocaleString(formatLocale(language, options.systemLocale))
}
