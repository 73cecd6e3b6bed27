import type { Language } from '../i18n/languages'
import { sharedTranslator } from '../i18n/shared-strings'
import { type AppCommand, commandLabelKey } from './app-commands'

/** A command's name in one language, for places without the renderer's i18next (the native menu). */
export function commandLabel(command: AppCommand, language: Language): string {
  const t = sharedTranslator(language)
  const key = commandLabelKey(command)
  if (!t(key, { defaultValue: '' })) throw new Error(`no ${language} name for the command ${command}`)
  return t(key)
}
