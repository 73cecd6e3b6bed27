import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { pickLanguage } from '@shared/i18n/languages'
import { resources } from './resources'

export { LANGUAGES, type Language } from '@shared/i18n/languages'
export { resources }

const STORAGE_KEY = 'fieldkey.language'

export async function setupI18n(): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources,
    lng: pickLanguage(localStorage.getItem(STORAGE_KEY), navigator.language),
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    returnNull: false,
  })
  document.documentElement.lang = i18next.language
  i18next.on('languageChanged', (lng) => {
    localStorage.setItem(STORAGE_KEY, lng)
    document.documentElement.lang = lng
  })
  return i18next
}
