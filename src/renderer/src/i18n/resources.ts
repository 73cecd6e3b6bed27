/// <reference types="vite/client" />
import { SHARED_STRINGS, type StringTree } from '@shared/i18n/shared-strings'
import type { Language } from '@shared/i18n/languages'
import en from './locales/en.json'
import zhCN from './locales/zh-CN.json'

/**
 * Every string of the UI in one translation tree per language: the app's own, each feature's
 * (`features/<name>/locales/{en,zh-CN}.json`, under a top-level key named for the feature), and
 * the strings shared with main (command names, the clouds' messages). No DOM here, so
 * main-process tests can read the exact sentence an installer sees.
 */
const featureLocales = import.meta.glob<StringTree>('../features/*/locales/*.json', { eager: true, import: 'default' })

/** `into` with `from`'s strings added; the same string defined twice is a mistake, not an override. */
function mergeInto(into: StringTree, from: StringTree, path: string): StringTree {
  const out: { [key: string]: string | StringTree } = { ...into }
  for (const [key, value] of Object.entries(from)) {
    const here = out[key]
    if (here === undefined) out[key] = value
    else if (typeof here === 'object' && typeof value === 'object') out[key] = mergeInto(here, value, `${path}${key}.`)
    else throw new Error(`the string "${path}${key}" is defined twice`)
  }
  return out
}

function translation(base: StringTree, language: Language): StringTree {
  let tree = mergeInto(base, SHARED_STRINGS[language], '')
  for (const [path, strings] of Object.entries(featureLocales)) if (path.endsWith(`/${language}.json`)) tree = mergeInto(tree, strings, '')
  return tree
}

export const resources = {
  en: { translation: translation(en, 'en') },
  'zh-CN': { translation: translation(zhCN, 'zh-CN') },
} as const
