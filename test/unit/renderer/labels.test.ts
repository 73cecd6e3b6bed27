import i18next, { type TFunction } from 'i18next'
import { beforeAll, describe, expect, it } from 'vitest'
import { DEVICE_TYPE_FILTERS } from '../../../src/shared/domain/device-types'
import { resources } from '../../../src/renderer/src/i18n'
import { LABEL_KEYS, connectionName, deviceTypeFilterLabel, deviceTypeLabel, sendKindText, vendorName } from '../../../src/renderer/src/i18n/labels'

let en: TFunction
let zh: TFunction
beforeAll(async () => {
  const make = async (lng: string) => {
    const i18n = i18next.createInstance()
    await i18n.init({ resources, lng, fallbackLng: 'en', interpolation: { escapeValue: false } })
    return i18n.t
  }
  en = await make('en')
  zh = await make('zh-CN')
})

describe('device type labels', () => {
  it('shows the clouds’ device types in Chinese', () => {
    expect(deviceTypeLabel(zh, 'Guard Phone')).toBe('管理机')
    expect(deviceTypeLabel(zh, 'Indoor Monitor')).toBe('室内机')
    expect(deviceTypeLabel(zh, 'Multi-tenants Doorphone')).toBe('多户门口机')
    expect(deviceTypeLabel(en, 'Multi-tenants Doorphone')).toBe('Multi-tenant door phone')
  })

  it('names a type outside the known kinds "Other" with the cloud’s word', () => {
    expect(deviceTypeLabel(en, 'Elevator Controller')).toBe('Other (Elevator Controller)')
    expect(deviceTypeLabel(zh, 'Elevator Controller')).toBe('其他（Elevator Controller）')
    expect(deviceTypeLabel(zh, '')).toBe('其他')
  })

  it('words every choice of the type filter in both languages, none the same as its key', () => {
    for (const t of [en, zh]) {
      const words = DEVICE_TYPE_FILTERS.map((f) => deviceTypeFilterLabel(t, f))
      expect(new Set(words).size).toBe(words.length)
      for (const [i, w] of words.entries()) expect(w).not.toContain(DEVICE_TYPE_FILTERS[i])
    }
  })
})

describe('every enumeration’s words', () => {
  const tables = Object.entries(LABEL_KEYS) as Array<[string, Record<string, string>]>

  it('have a string in both languages for every value, different from the value itself', () => {
    const missing: string[] = []
    for (const [table, keys] of tables)
      for (const [value, key] of Object.entries(keys))
        for (const [language, t] of [
          ['en', en],
          ['zh-CN', zh],
        ] as const) {
          const words = t(key)
          if (words === key || words === value || words.trim() === '') missing.push(`${language} ${table}.${value}`)
        }
    expect(missing).toEqual([])
  })

  it('are Chinese in Chinese', () => {
    for (const [table, keys] of tables) for (const key of Object.values(keys)) expect(zh(key), `${table}: ${key}`).toMatch(/\p{Script=Han}/u)
  })

  it('say a send kind the documents do not list is unrecognised, never show its code or leave it blank', () => {
    expect(sendKindText(en, { known: true, value: 'full', code: 1 })).toBe('Full send')
    expect(sendKindText(en, { known: false, code: 7 })).toBe('Unrecognised kind')
    expect(sendKindText(zh, { known: false, code: 7 })).not.toMatch(/7|^$/)
  })
})

describe('connection names', () => {
  it('names a demo site in the window’s language, and keeps the installer’s own name for the rest', () => {
    const demo = { isDemo: true, vendor: 'akuvox', label: 'Akuvox demo site' } as const
    expect(connectionName(zh, demo)).toBe('Akuvox 演示站点')
    expect(connectionName(zh, { ...demo, vendor: 'tuya', label: 'Tuya demo site' })).toBe('涂鸦演示站点')
    expect(connectionName(en, demo)).toBe('Akuvox demo site')
    expect(connectionName(zh, { isDemo: false, vendor: 'akuvox', label: 'Harbour View' })).toBe('Harbour View')
  })

  it('names the clouds as each language does: Tuya is 涂鸦 in Chinese', () => {
    expect([vendorName(en, 'akuvox'), vendorName(en, 'tuya')]).toEqual(['Akuvox', 'Tuya'])
    expect([vendorName(zh, 'akuvox'), vendorName(zh, 'tuya')]).toEqual(['Akuvox', '涂鸦'])
  })
})
