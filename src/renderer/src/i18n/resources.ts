/// <reference types="vite/client" />
import { akuvoxMessages } from '@shared/messages/akuvox'
import { tuyaMessages } from '@shared/messages/tuya'
import { COMMAND_STRINGS } from '@shared/commands/command-labels'
import en from './locales/en.json'
import zhCN from './locales/zh-CN.json'

/**
 * Every string of the UI in one translation tree per language: the app's own, each feature's,
 * the command names and the clouds' messages. No DOM here, so main-process tests can read the
 * exact sentence an installer sees.
 */
type Tree = { [key: string]: string | Tree }

/** The clouds' messages are flat (`errors.tuya.1004`); i18next reads nested keys. */
function withFlat(tree: Tree, ...flats: ReadonlyArray<Readonly<Record<string, string>>>): Tree {
  const out: Tree = structuredClone(tree)
  for (const flat of flats) {
    for (const [key, text] of Object.entries(flat)) {
      const parts = key.split('.')
      let node = out
      for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Tree
      node[parts.at(-1) as string] = text
    }
  }
  return out
}

/**
 * Each feature keeps its strings next to it (`features/<name>/locales/{en,zh-CN}.json`, under a
 * top-level key named for the feature); they are merged into the one translation tree here.
 */
const featureLocales = import.meta.glob<Tree>('../features/*/locales/*.json', { eager: true, import: 'default' })

function featureStrings(language: 'en' | 'zh-CN'): Tree {
  const out: Tree = {}
  for (const [path, tree] of Object.entries(featureLocales)) {
    if (!path.endsWith(`/${language}.json`)) continue
    for (const [key, value] of Object.entries(tree)) {
      if (key in out) throw new Error(`two features define the top-level key "${key}"`)
      out[key] = value
    }
  }
  return out
}

function merged(base: Tree, language: 'en' | 'zh-CN'): Tree {
  const features = featureStrings(language)
  for (const key of Object.keys(features)) if (key in base) throw new Error(`feature strings redefine "${key}"`)
  return { ...base, ...features }
}

export const resources = {
  en: { translation: withFlat(merged({ ...en, ...COMMAND_STRINGS.en }, 'en'), akuvoxMessages.en, tuyaMessages.en) },
  'zh-CN': { translation: withFlat(merged({ ...zhCN, ...COMMAND_STRINGS['zh-CN'] }, 'zh-CN'), akuvoxMessages.zhCN, tuyaMessages.zhCN) },
} as const
