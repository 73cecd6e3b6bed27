import { isLanguage } from '@shared/i18n/languages'
import type { i18n } from 'i18next'
import { api } from '../api'

/** Main's native menu, right-click menu and dialogs follow the window's language: tell it now and on each change. */
export function tellMainTheLanguage(i18next: i18n): void {
  const tell = (language: string) => {
    if (isLanguage(language)) void api.app.setLanguage({ language })
  }
  tell(i18next.language)
  i18next.on('languageChanged', tell)
}
