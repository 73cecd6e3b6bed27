/**
 * Certificate types a person's ID document can have. The seed (003) shows one code,
 * `ID_CARD_CN`; the others follow its pattern and are Fieldkey's best reading (docs/clouds.md,
 * Tuya persons). A code the cloud holds that is not listed is kept as it is, never rewritten.
 */
export const CERT_TYPES = ['ID_CARD_CN', 'PASSPORT', 'HK_MACAO_PASS', 'TAIWAN_PASS'] as const
export type CertType = (typeof CERT_TYPES)[number]

/** What a person's `certType` means for the form: none, a listed type, or one the cloud named otherwise. */
export type CertTypeChoice =
  { readonly kind: 'none' } | { readonly kind: 'listed'; readonly type: CertType } | { readonly kind: 'unlisted'; readonly code: string }

const isListed = (code: string): code is CertType => (CERT_TYPES as readonly string[]).includes(code)

/** The cloud answers `_` (seed 003 sample) or nothing for a person without a document. */
export function certTypeChoice(code: string): CertTypeChoice {
  const trimmed = code.trim()
  if (trimmed === '' || trimmed === '_') return { kind: 'none' }
  return isListed(trimmed) ? { kind: 'listed', type: trimmed } : { kind: 'unlisted', code: trimmed }
}
