import type { InputIssue } from '@shared/input-issues'
import type { TFunction } from 'i18next'

export const namesOf = (path: readonly (string | number)[]): string[] => path.filter((s): s is string => typeof s === 'string')

/** The field's own label when a form places it, else a word for the field's name, never the key itself. */
function labelOf(t: TFunction, path: readonly (string | number)[], label: string | undefined): string {
  if (label) return t(label)
  const name = namesOf(path).at(-1)
  return name ? t(`errors.fields.${name}`, { defaultValue: t('errors.fields.other') }) : t('errors.fields.other')
}

/** One issue in words: "Name: at most 80 characters". */
export function issueText(t: TFunction, issue: InputIssue, label?: string): string {
  return t('errors.issue.line', { field: labelOf(t, issue.path, label), rule: t(`errors.issue.${issue.kind}`, { count: issue.limit ?? 0 }) })
}

/** The issues of a refusal as one sentence that says what to correct. */
export function issuesText(t: TFunction, issues: readonly InputIssue[]): string {
  return t('errors.invalidInput', { issues: issues.map((issue) => issueText(t, issue)).join(t('errors.issue.separator')) })
}
