import { offsetMinutes } from '@shared/schedule'
import type { TFunction } from 'i18next'

/** An offset from UTC as people write it: `+08:00`, `−05:00`. */
export function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '−' : '+'
  const abs = Math.abs(minutes)
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`
}

/** "Asia/Shanghai (UTC+08:00)" at the moment `now`. */
export function zoneLabel(t: TFunction, zone: string, now: number): string {
  return t('siteZone.option', { zone, offset: offsetText(offsetMinutes(zone, now)) })
}

/** Every IANA zone this runtime knows, UTC included. */
export function allZones(): readonly string[] {
  const zones = Intl.supportedValuesOf('timeZone')
  return zones.includes('UTC') ? zones : [...zones, 'UTC']
}
