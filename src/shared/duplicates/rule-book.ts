/**
 * The one rule book for duplicates, used by the staff form, the import's row checks, the access
 * group wizard and main's own validation, so all of them say the same thing about the same data.
 *
 * A PIN or a card someone else holds, or an access-group name another group has, is a duplicate:
 * never silently accepted, never silently refused. The installer is asked, and what they
 * confirmed travels with the save (`DuplicateRef`); main refuses any duplicate not confirmed.
 */
import { normaliseCard, sameCardForms } from '../people/card'
import { normalisePin } from '../people/pin'

/** Someone holding credentials: a cached staff access, a change in the outbox, an earlier row of a file. */
interface CredentialHolder {
  readonly staffAccessId: string
  readonly name: string
  readonly pinCodes: readonly string[]
  readonly rfCards: readonly string[]
}

export type Duplicate =
  | { readonly kind: 'pin'; readonly value: string; readonly holder: string }
  /** `storedAs`: the card as the holder has it; another text is the same number in another format. */
  | { readonly kind: 'card'; readonly value: string; readonly holder: string; readonly storedAs: string }
  /** `holder`: the other group's name as it is written there (it may differ in case or spaces). */
  | { readonly kind: 'groupName'; readonly value: string; readonly holder: string }

type DuplicateKind = Duplicate['kind']

/** A duplicate the installer agreed to: this PIN, card or group name may be shared. */
export interface DuplicateRef {
  readonly kind: DuplicateKind
  readonly value: string
}

/** The credentials of a new or edited staff access. */
interface CredentialsOf {
  readonly pinCodes: readonly string[]
  readonly rfCards: readonly string[]
}

/** Group names compare as the import resolves them: trimmed, in any case. */
const groupNameKey = (name: string): string => name.trim().toLowerCase()

const keyOf = (kind: DuplicateKind, value: string): string =>
  `${kind}\u0000${kind === 'pin' ? normalisePin(value) : kind === 'card' ? normaliseCard(value) : groupNameKey(value)}`

interface Held {
  readonly id: string
  readonly name: string
  readonly stored: string
}

/**
 * Who holds which PIN and card: the project's staff from the cache, changes waiting in the
 * outbox, rows created earlier in an import. Holders can be added as they appear, so checking
 * a whole file stays linear in its size.
 */
export class CredentialBook {
  private readonly pins = new Map<string, Held[]>()
  private readonly cards = new Map<string, Held[]>()

  constructor(holders: Iterable<CredentialHolder> = []) {
    for (const h of holders) this.add(h)
  }

  add(holder: CredentialHolder): void {
    const put = (map: Map<string, Held[]>, key: string, stored: string) => {
      const held = { id: holder.staffAccessId, name: holder.name, stored }
      const list = map.get(key)
      if (list) list.push(held)
      else map.set(key, [held])
    }
    for (const p of holder.pinCodes) put(this.pins, normalisePin(p), p)
    for (const c of holder.rfCards) put(this.cards, normaliseCard(c), c)
  }

  /**
   * The PINs and cards of `record` someone other than `self` holds. A card also collides with the
   * same number stored in another format (decimal, hex, reversed bytes), exact matches first.
   * An edit (`self` set) is asked only about what it adds: a value `self` holds already was
   * accepted when it was given, shared or not.
   */
  duplicates(record: CredentialsOf, self: string | null): Duplicate[] {
    const otherHolder = (lists: readonly (readonly Held[] | undefined)[]): Held | undefined => {
      const all = lists.flatMap((l) => l ?? [])
      return self !== null && all.some((h) => h.id === self) ? undefined : all[0]
    }
    const found: Duplicate[] = []
    for (const pin of new Set(record.pinCodes.map(normalisePin))) {
      const held = otherHolder([this.pins.get(pin)])
      if (held) found.push({ kind: 'pin', value: pin, holder: held.name })
    }
    for (const card of new Set(record.rfCards.map(normaliseCard))) {
      const forms = [card, ...[...sameCardForms(card)].filter((f) => f !== card)]
      const held = otherHolder(forms.map((f) => this.cards.get(f)))
      if (held) found.push({ kind: 'card', value: card, holder: held.name, storedAs: held.stored })
    }
    return found
  }
}

/** An access group other than `self` already called `name`; a group keeping its own name is not asked again. */
export function groupNameDuplicates(name: string, groups: readonly { readonly id: string; readonly name: string }[], self: string | null): Duplicate[] {
  const key = groupNameKey(name)
  if (groups.some((g) => g.id === self && groupNameKey(g.name) === key)) return []
  const same = groups.find((g) => g.id !== self && groupNameKey(g.name) === key)
  return same ? [{ kind: 'groupName', value: name.trim(), holder: same.name }] : []
}

/** What the installer is asked to confirm, as it travels with the save. */
export const refsOf = (duplicates: readonly Duplicate[]): DuplicateRef[] => duplicates.map((d) => ({ kind: d.kind, value: d.value }))

/** The duplicates the installer has not confirmed: each one still blocks the save. */
export function unconfirmed(duplicates: readonly Duplicate[], confirmed: readonly DuplicateRef[] = []): Duplicate[] {
  const agreed = new Set(confirmed.map((c) => keyOf(c.kind, c.value)))
  return duplicates.filter((d) => !agreed.has(keyOf(d.kind, d.value)))
}
