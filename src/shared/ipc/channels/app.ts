import { z } from 'zod'
import type { AppInfo, NetworkState, Pong } from '../../domain/app-info'
import { LANGUAGE_CODES, type Language } from '../../i18n/languages'
import { event, invoke } from '../define'
import { setInstallerInput } from '../schemas/activity'

export const appInvokes = {
  'app:info': invoke<AppInfo>()(z.undefined()),
  'app:ping': invoke<Pong>()(z.object({ message: z.string().max(200) }).strict()),
  'network:status': invoke<NetworkState>()(z.undefined()),
  /** The window's language, so main's menus and dialogs speak it too. */
  'app:setLanguage': invoke<{ readonly language: Language }>()(z.object({ language: z.enum(LANGUAGE_CODES) }).strict()),
  /** The installer's name the activity log records with each change; null until it is set. */
  'app:installer': invoke<{ readonly name: string | null }>()(z.undefined()),
  'app:setInstaller': invoke<{ readonly name: string | null }>()(setInstallerInput),
} as const

export const appEvents = {
  'network:changed': event<NetworkState>(),
} as const
