/** The languages Fieldkey speaks, in the renderer and in main's native menus and dialogs. */
export const LANGUAGES = [
  { code: 'en', label: 'English' },
  { code: 'zh-CN', label: '简体中文' },
] as const

export type Language = (typeof LANGUAGES)[number]['code']

export const LANGUAGE_CODES = LANGUAGES.map((l) => l.code) as [Language, ...Language[]]

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGE_CODES as readonly string[]).includes(value)
}

/** A saved choice wins; otherwise any Chinese system locale gets Simplified Chinese, the rest English. */
export function pickLanguage(saved: string | null | undefined, systemLocale: string): Language {
  if (isLanguage(saved)) return saved
  return systemLocale.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en'
}
