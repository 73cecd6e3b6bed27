import { normaliseCard, sameCardForms } from '@shared/people/card'
import { normalisePin } from '@shared/people/pin'
import type { StaffCredentials } from '@shared/people/staff'

export type CredentialClash =
  | { readonly kind: 'pin'; readonly value: string; readonly staffName: string }
  | { readonly kind: 'card'; readonly value: string; readonly staffName: string; readonly storedAs: string; readonly exact: boolean }

/**
 * PINs and cards of the draft that other staff of the project already hold. A card also
 * clashes when another staff access holds the same number in another format (decimal, hex,
 * reversed bytes): the installer decides whether it is the same physical card.
 */
export function credentialClashes(
  pins: readonly string[],
  cards: readonly string[],
  staff: readonly StaffCredentials[],
  self: string | null,
): CredentialClash[] {
  const others = staff.filter((s) => s.staffAccessId !== self)
  const pinOwners = new Map<string, string>()
  const cardOwners = new Map<string, { name: string; stored: string }>()
  for (const s of others) {
    for (const p of s.pinCodes) pinOwners.set(normalisePin(p), s.name)
    for (const c of s.rfCards) cardOwners.set(normaliseCard(c), { name: s.name, stored: c })
  }
  const clashes: CredentialClash[] = []
  for (const pin of pins) {
    const owner = pinOwners.get(normalisePin(pin))
    if (owner !== undefined) clashes.push({ kind: 'pin', value: pin, staffName: owner })
  }
  for (const card of cards) {
    const exact = normaliseCard(card)
    for (const form of sameCardForms(card)) {
      const owner = cardOwners.get(form)
      if (owner) {
        clashes.push({ kind: 'card', value: card, staffName: owner.name, storedAs: owner.stored, exact: form === exact })
        break
      }
    }
  }
  return clashes
}
