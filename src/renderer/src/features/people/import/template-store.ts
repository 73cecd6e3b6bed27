import { type ImportTemplate, parseTemplate } from '@shared/people/columns'

const KEY = 'fieldkey.people.importTemplate'

/** The column mapping the installer saved last, kept in the window's local storage. */
export function loadTemplate(): ImportTemplate | null {
  try {
    return parseTemplate(window.localStorage.getItem(KEY))
  } catch {
    return null
  }
}

export function saveTemplate(template: ImportTemplate): void {
  window.localStorage.setItem(KEY, JSON.stringify(template))
}
