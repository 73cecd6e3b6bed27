import type { Duplicate } from '@shared/duplicates/rule-book'
import type { TFunction } from 'i18next'

/** What the duplicate is, naming who holds it. */
export function duplicateText(t: TFunction, d: Duplicate): string {
  if (d.kind === 'card' && d.storedAs !== d.value) return t('duplicates.cardForm', { value: d.value, holder: d.holder, storedAs: d.storedAs })
  return t(`duplicates.${d.kind}`, { value: d.value, holder: d.holder })
}

/** The question the installer answers before the save: "Give card … to … too?". */
export function duplicateQuestion(t: TFunction, d: Duplicate, recipient: string): string {
  return t(`duplicates.ask.${d.kind}`, { value: d.value, recipient })
}
