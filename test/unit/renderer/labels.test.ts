import i18next, { type TFunction } from 'i18next'
import { beforeAll, describe, expect, it } from 'vitest'
import { DEVICE_TYPE_FILTERS } from '../../../src/shared/domain/device-types'
import { resources } from '../../../src/renderer/src/i18n'
import { deviceTypeFilterLabel, deviceTypeLabel } from '../../../src/renderer/src/i18n/labels'

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
