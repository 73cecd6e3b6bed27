import type { Language } from '../i18n/languages'
import { type AppCommand, commandLabelKey } from './app-commands'
import en from './locales/en.json'
import zhCN from './locales/zh-CN.json'

type Tree = { readonly [key: string]: string | Tree }

/** The command names, per language: merged into the renderer's translations and read by main's menus. */
export const COMMAND_STRINGS: Readonly<Record<Language, Tree>> = { en, 'zh-CN': zhCN }

/** A command's name in one language, for places without i18next (the native menu). */
export function commandLabel(command: AppCommand, language: Language): string {
  let node: string | Tree | undefined = COMMAND_STRINGS[language]
  for (const part of commandLabelKey(command).split('.')) node = typeof node === 'object' ? node[part] : undefined
  if (typeof node !== 'string') throw new Error(`no ${language} name for the command ${command}`)
  return node
}
