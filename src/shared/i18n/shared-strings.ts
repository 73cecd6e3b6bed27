import i18next, { type TFunction } from 'i18next'
import type { Language } from './languages'
import en from './locales/en.json'
import zhCN from './locales/zh-CN.json'

export type StringTree = { readonly [key: string]: string | StringTree }

/**
 * The strings both processes show, in the one format every string of Fieldkey uses (i18next
 * JSON, `{{name}}` interpolation, `_one`/`_other` plurals): the command names, the clouds' error
 * messages and the native shell's words (menus, roles, the update question). The renderer merges
 * them into its translation tree; main reads them through `sharedTranslator`.
 */
export const SHARED_STRINGS: Readonly<Record<Language, StringTree>> = { en, 'zh-CN': zhCN }

const translators = new Map<Language, TFunction>()

/** A translator over the shared strings in one language (English where a string is missing). */
export function sharedTranslator(language: Language): TFunction {
  const known = translators.get(language)
  if (known) return known
  const i18n = i18next.createInstance()
  void i18n.init({
    resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
    lng: language,
    fallbackLng: 'en',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  })
  translators.set(language, i18n.t)
  return i18n.t
}
