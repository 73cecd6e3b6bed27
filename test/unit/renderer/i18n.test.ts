import { describe, expect, it } from 'vitest'
import { pickLanguage } from '../../../src/shared/i18n/languages'
import { resources } from '../../../src/renderer/src/i18n'

/** i18next plural forms (`x_one`, `x_other`): English has two, Chinese one, so keys compare without the suffix. */
const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '')

function keys(tree: unknown, prefix = ''): string[] {
  if (typeof tree !== 'object' || tree === null) return [base(prefix)]
  return [...new Set(Object.entries(tree).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k)))]
}

function placeholders(tree: unknown, prefix = ''): Record<string, string[]> {
  if (typeof tree === 'string') return { [base(prefix)]: [...new Set([...tree.matchAll(/\{\{(\w+)(?:,[^}]*)?\}\}/g)].map((m) => m[1] ?? ''))].sort() }
  if (typeof tree !== 'object' || tree === null) return {}
  return Object.assign({}, ...Object.entries(tree).map(([k, v]) => placeholders(v, prefix ? `${prefix}.${k}` : k)))
}

describe('translations', () => {
  const en = resources.en.translation
  const zh = resources['zh-CN'].translation

  it('English and Simplified Chinese have exactly the same keys', () => {
    const enKeys = keys(en).sort()
    const zhKeys = keys(zh).sort()
    expect(enKeys.filter((k) => !zhKeys.includes(k))).toEqual([])
    expect(zhKeys.filter((k) => !enKeys.includes(k))).toEqual([])
  })

  it('each translation uses the same placeholders as the English one', () => {
    expect(placeholders(zh)).toEqual(placeholders(en))
  })

  it('has a message for every error code', async () => {
    const { ERROR_CODES } = await import('@shared/errors')
    for (const code of ERROR_CODES) expect(en.errors, code).toHaveProperty(code)
  })

  it('names every region preset in both languages', async () => {
    const { REGIONS } = await import('@shared/domain/regions')
    for (const list of Object.values(REGIONS)) {
      for (const r of list) {
        const [vendor, key] = r.labelKey.split('.') as [string, string]
        for (const tree of [en, zh]) expect((tree.regions as Record<string, Record<string, string>>)[vendor]?.[key], r.labelKey).toBeTruthy()
      }
    }
  })

  it('picks the English plural form by count, and the one Chinese form', async () => {
    const i18n = (await import('i18next')).default.createInstance()
    await i18n.init({ resources, lng: 'en', fallbackLng: 'en' })
    expect(i18n.t('sends.wizard.previewPersons', { count: 1 })).toBe('1 person')
    expect(i18n.t('sends.wizard.previewPersons', { count: 5 })).toBe('5 persons')
    await i18n.changeLanguage('zh-CN')
    expect(i18n.t('sends.wizard.previewPersons', { count: 1 })).toBe(i18n.t('sends.wizard.previewPersons', { count: 5 }).replace('5', '1'))
  })

  it('writes large counts with the digit grouping of the language', async () => {
    const i18n = (await import('i18next')).default.createInstance()
    await i18n.init({ resources, lng: 'en', fallbackLng: 'en' })
    expect(i18n.t('people.import.countOk', { count: 50000 })).toBe('Ready: 50,000')
  })

  it('starts in the stored language, else follows the system', () => {
    expect(pickLanguage('zh-CN', 'en-US')).toBe('zh-CN')
    expect(pickLanguage(null, 'zh-TW')).toBe('zh-CN')
    expect(pickLanguage(null, 'de-DE')).toBe('en')
    expect(pickLanguage('fr', 'en')).toBe('en')
  })
})
