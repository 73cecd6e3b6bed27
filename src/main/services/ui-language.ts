import { type Language, pickLanguage } from '@shared/i18n/languages'
import type { SettingsRepo } from '../store/settings-repo'

export const UI_LANGUAGE_KEY = 'ui.language'

/**
 * The language the installer chose in the window, kept in main so the native menu, the
 * right-click menu and main's dialogs speak it too (and so it is right at the next launch,
 * before the window has loaded). Until a choice is saved it follows the system locale.
 */
export class UiLanguage {
  private readonly listeners = new Set<(language: Language) => void>()

  constructor(
    private readonly settings: SettingsRepo,
    private readonly systemLocale: string,
  ) {}

  get(): Language {
    return pickLanguage(this.settings.get(UI_LANGUAGE_KEY), this.systemLocale)
  }

  set(language: Language): { readonly language: Language } {
    const changed = language !== this.get()
    this.settings.set(UI_LANGUAGE_KEY, language)
    if (changed) for (const listener of this.listeners) listener(language)
    return { language }
  }

  onChange(listener: (language: Language) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }
}
