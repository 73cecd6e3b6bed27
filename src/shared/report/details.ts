import { FIELD_LIMITS } from '../field-limits'
import type { Language } from '../i18n/languages'

/** What the installer writes on the pack's cover before producing it. */
export interface PackDetails {
  readonly preparedBy: string
  readonly handedTo: string
  readonly siteAddress: string
  /** The document's language, chosen apart from the window's. */
  readonly language: Language
}

export type PackField = 'preparedBy' | 'handedTo' | 'siteAddress'

export interface PackIssue {
  readonly field: PackField
  readonly rule: 'required' | 'tooLong'
  readonly max?: number
}

const LIMITS: Readonly<Record<PackField, number>> = {
  preparedBy: FIELD_LIMITS.preparedBy,
  handedTo: FIELD_LIMITS.preparedBy,
  siteAddress: FIELD_LIMITS.siteAddress,
}

/** Why the pack cannot be produced yet, one issue per field at most: each field is required and bounded. */
export function packIssues(details: PackDetails): readonly PackIssue[] {
  const issues: PackIssue[] = []
  for (const field of ['preparedBy', 'handedTo', 'siteAddress'] as const) {
    const value = details[field].trim()
    if (value === '') issues.push({ field, rule: 'required' })
    else if (value.length > LIMITS[field]) issues.push({ field, rule: 'tooLong', max: LIMITS[field] })
  }
  return issues
}
