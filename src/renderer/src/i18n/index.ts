import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import en from './locales/en.json'
import zhCN from './locales/zh-CN.json'

export const LANGUAGES = [
  { code: 'en', label: 'English' },
  { code: 'zh-CN', label: '简体中文' },
] as const

export type Language = (typeof LANGUAGES)[number]['code']

export const resources = { en: { translation: en }, 'zh-CN': { translation: zhCN } } as const

const STORAGE_KEY = 'fieldkey.language'

export function initialLanguage(stored: string | null, browser: string): Language {
  if (stored === 'en' || stored === 'zh-CN') return stored
  return browser.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en'
}

export async function setupI18n(): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources,
    lng: initialLanguage(localStorage.getItem(STORAGE_KEY), navigator.language),
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
