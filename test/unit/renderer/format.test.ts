import { describe, expect, it } from 'vitest'
import { formatDate, formatLocale, formatNumber, formatTime, formatWhen } from '../../../src/renderer/src/i18n/format'

const SEVEN_UTC = Date.UTC(2026, 11, 6, 7, 0)
const utc = { timeZone: 'UTC' }

describe('the formatters every screen writes times with', () => {
  it('takes the laptop’s region when it speaks the app’s language, never another language’s', () => {
    expect(formatLocale('en', 'en-GB')).toBe('en-GB')
    expect(formatLocale('en', 'en-US')).toBe('en-US')
    expect(formatLocale('en', 'de-DE')).toBe('en')
    expect(formatLocale('zh-CN', 'en-GB')).toBe('zh-CN')
  })

  it('writes 24-hour time in Chinese and in British English, 12-hour in American English', () => {
    expect(formatTime(SEVEN_UTC, 'zh-CN', { ...utc, systemLocale: 'en-US' })).toBe('07:00')
    expect(formatTime(SEVEN_UTC, 'en', { ...utc, systemLocale: 'en-GB' })).toBe('07:00')
    expect(formatTime(SEVEN_UTC, 'en', { ...utc, systemLocale: 'en-US' })).toMatch(/^07:00\sAM$/)
  })

  it('writes the moment in the zone it is given (the site’s), not the laptop’s', () => {
    expect(formatTime(SEVEN_UTC, 'zh-CN', { timeZone: 'Asia/Shanghai' })).toBe('15:00')
    expect(formatDate(Date.UTC(2026, 11, 6, 20, 0), 'zh-CN', { timeZone: 'Asia/Shanghai' })).toBe('2026年12月7日')
  })

  it('drops the date of a moment on the same day as now in that zone', () => {
    const late = Date.UTC(2026, 11, 6, 23, 30)
    const now = Date.UTC(2026, 11, 7, 0, 10)
    expect(formatWhen(late, 'zh-CN', { timeZone: 'Asia/Shanghai', now })).toBe('07:30')
    expect(formatWhen(late, 'zh-CN', { timeZone: 'UTC', now })).toMatch(/^12月6日 23:30$/)
  })

  it('groups digits by the language', () => {
    expect(formatNumber(50_000, 'en', { systemLocale: 'en-US' })).toBe('50,000')
    expect(formatNumber(50_000, 'zh-CN')).toBe('50,000')
  })
})
