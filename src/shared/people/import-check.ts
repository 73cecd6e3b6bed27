import { FIELD_LIMITS } from '../field-limits'
import { CredentialBook, type Duplicate } from '../duplicates/rule-book'
import { type CardProblem, cardProblem, normaliseCard } from './card'
import type { StaffField } from './columns'
import { type FaceUrlProblem, faceUrlProblem } from './face-url'
import { IMPORT_CHUNK_BYTES } from '../ipc/schemas/people'
import { rowFitsChunk } from './import-chunks'
import { type RawStaffRow, splitList } from './import-row'
import { type PinProblem, normalisePin, pinProblem } from './pin'
import type { NamedRef, StaffContext, StaffDraft, StaffFloorAccess } from './staff'

const MAX_NAME_LENGTH = FIELD_LIMITS.staffName

/** The lists of a row and how many entries one staff access holds of each. */
const LIST_LIMITS = {
  pinCodes: FIELD_LIMITS.pinsPerStaff,
  rfCards: FIELD_LIMITS.cardsPerStaff,
  faceUrls: FIELD_LIMITS.facesPerStaff,
  accessGroups: FIELD_LIMITS.groupsPerStaff,
} as const
type ListField = keyof typeof LIST_LIMITS

/** Why a row cannot be created as it is; each names the field to fix. */
export type RowProblem =
  | { readonly kind: 'brokenRow'; readonly field: StaffField; readonly cells: number; readonly expected: number }
  | { readonly kind: 'missingName'; readonly field: 'name' }
  | { readonly kind: 'nameTooLong'; readonly field: 'name'; readonly max: number }
  | { readonly kind: 'badPin'; readonly field: 'pinCodes'; readonly value: string; readonly problem: PinProblem }
  | { readonly kind: 'duplicatePinInFile'; readonly field: 'pinCodes'; readonly value: string; readonly line: number }
  | { readonly kind: 'badCard'; readonly field: 'rfCards'; readonly value: string; readonly problem: CardProblem }
  | { readonly kind: 'duplicateCardInFile'; readonly field: 'rfCards'; readonly value: string; readonly line: number }
  | { readonly kind: 'missingAccessGroup'; readonly field: 'accessGroups' }
  | { readonly kind: 'unknownAccessGroup'; readonly field: 'accessGroups'; readonly value: string }
  | { readonly kind: 'ambiguousAccessGroup'; readonly field: 'accessGroups'; readonly value: string }
  | { readonly kind: 'unknownBuilding'; readonly field: 'floorAccesses'; readonly value: string }
  | { readonly kind: 'badFloors'; readonly field: 'floorAccesses'; readonly value: string }
  | { readonly kind: 'badFaceUrl'; readonly field: 'faceUrls'; readonly value: string; readonly problem: FaceUrlProblem }
  /** More entries in one list than one staff access holds. */
  | { readonly kind: 'tooMany'; readonly field: ListField; readonly count: number; readonly max: number }
  /** Too much in one row to send to Fieldkey at all (kilobytes); the largest cell is named. */
  | { readonly kind: 'rowTooLarge'; readonly field: StaffField; readonly kilobytes: number }

export type RowCheck =
  | { readonly line: number; readonly kind: 'ok'; readonly draft: StaffDraft }
  /** The same name and credentials are already in the project: creating it would duplicate it. */
  | { readonly line: number; readonly kind: 'exists'; readonly staffAccessId: string }
  /** A good row with a PIN or card someone in the project holds: created only if the installer says so. */
  | { readonly line: number; readonly kind: 'duplicate'; readonly draft: StaffDraft; readonly duplicates: readonly Duplicate[] }
  | { readonly line: number; readonly kind: 'rejected'; readonly problems: readonly RowProblem[] }

type Resolved<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: RowProblem }

function resolver(items: readonly NamedRef[]): (key: string) => { id: string } | 'unknown' | 'ambiguous' {
  const byId = new Map(items.map((i) => [i.id, i]))
  const byName = new Map<string, NamedRef[]>()
  for (const i of items) byName.set(i.name.trim().toLowerCase(), [...(byName.get(i.name.trim().toLowerCase()) ?? []), i])
  return (key) => {
    const direct = byId.get(key)
    if (direct) return { id: direct.id }
    const named = byName.get(key.toLowerCase()) ?? []
    if (named.length === 1) return { id: (named[0] as NamedRef).id }
    return named.length === 0 ? 'unknown' : 'ambiguous'
  }
}

/** `AB01:1|2;AB02:3` → grants per building, the building by id or name (the sandbox file layout). */
function floorsOf(cell: string, building: ReturnType<typeof resolver>): Resolved<StaffFloorAccess[]> {
  const grants: StaffFloorAccess[] = []
  for (const entry of splitList(cell)) {
    const at = entry.lastIndexOf(':')
    const name = at < 0 ? '' : entry.slice(0, at).trim()
    const floors =
      at < 0
        ? []
        : entry
            .slice(at + 1)
            .split('|')
            .map((f) => f.trim())
            .filter((f) => f !== '')
    if (name === '' || floors.length === 0 || floors.some((f) => !/^[1-9]\d{0,2}$/.test(f)))
      return { ok: false, problem: { kind: 'badFloors', field: 'floorAccesses', value: entry } }
    const found = building(name)
    if (typeof found === 'string') return { ok: false, problem: { kind: 'unknownBuilding', field: 'floorAccesses', value: name } }
    grants.push({ buildingId: found.id, floors: [...new Set(floors)] })
  }
  return { ok: true, value: grants }
}

const identity = (name: string, pins: readonly string[], cards: readonly string[]): string =>
  `${name.trim()}\u0000${[...pins].sort().join(',')}\u0000${[...cards].sort().join(',')}`

/**
 * Checks every row against the project and against the other rows, before anything is sent.
 * Stray whitespace is trimmed, never reported. A credential repeated later in the file flags
 * the later row (the first keeps it). A good row with a PIN or card a staff of the project holds
 * is `duplicate` (the shared rule book): the installer decides whether it is created. A row already in the project (same name, PINs and cards)
 * is `exists`, not a duplicate: re-running a file creates nothing twice.
 */
export function checkRows(rows: readonly RawStaffRow[], context: StaffContext): RowCheck[] {
  const group = resolver(context.accessGroups)
  const building = resolver(context.buildings)
  const holders = new CredentialBook(context.staff)
  const existing = new Map<string, string>()
  for (const s of context.staff) {
    existing.set(identity(s.name, s.pinCodes.map(normalisePin), s.rfCards.map(normaliseCard)), s.staffAccessId)
  }
  const filePins = new Map<string, number>()
  const fileCards = new Map<string, number>()

  return rows.map((row): RowCheck => {
    const problems: RowProblem[] = []
    const c = row.cells
    if (row.cellCount !== row.headerCount) problems.push({ kind: 'brokenRow', field: 'name', cells: row.cellCount, expected: row.headerCount })
    const name = c.name.trim().replace(/\s+/g, ' ')
    if (name === '') problems.push({ kind: 'missingName', field: 'name' })
    else if (name.length > MAX_NAME_LENGTH) problems.push({ kind: 'nameTooLong', field: 'name', max: MAX_NAME_LENGTH })
    const pins = splitList(c.pinCodes).map(normalisePin)
    const cards = splitList(c.rfCards).map(normaliseCard)
    const already = existing.get(identity(name, pins, cards))
    if (already !== undefined && problems.length === 0) return { line: row.line, kind: 'exists', staffAccessId: already }

    for (const pin of pins) {
      const bad = pinProblem(pin)
      if (bad) problems.push({ kind: 'badPin', field: 'pinCodes', value: pin, problem: bad })
      else if (filePins.has(pin)) problems.push({ kind: 'duplicatePinInFile', field: 'pinCodes', value: pin, line: filePins.get(pin) as number })
      else filePins.set(pin, row.line)
    }
    for (const card of cards) {
      const bad = cardProblem(card)
      if (bad) problems.push({ kind: 'badCard', field: 'rfCards', value: card, problem: bad })
      else if (fileCards.has(card)) problems.push({ kind: 'duplicateCardInFile', field: 'rfCards', value: card, line: fileCards.get(card) as number })
      else fileCards.set(card, row.line)
    }
    const groupIds: string[] = []
    const groups = splitList(c.accessGroups)
    if (groups.length === 0) problems.push({ kind: 'missingAccessGroup', field: 'accessGroups' })
    for (const g of groups) {
      const found = group(g)
      if (found === 'unknown') problems.push({ kind: 'unknownAccessGroup', field: 'accessGroups', value: g })
      else if (found === 'ambiguous') problems.push({ kind: 'ambiguousAccessGroup', field: 'accessGroups', value: g })
      else if (!groupIds.includes(found.id)) groupIds.push(found.id)
    }
    const floors = floorsOf(c.floorAccesses, building)
    if (!floors.ok) problems.push(floors.problem)
    const faceUrls = splitList(c.faceUrls)
    for (const url of faceUrls) {
      const bad = faceUrlProblem(url)
      if (bad) problems.push({ kind: 'badFaceUrl', field: 'faceUrls', value: url, problem: bad })
    }
    const counts: Readonly<Record<ListField, number>> = {
      pinCodes: pins.length,
      rfCards: cards.length,
      faceUrls: faceUrls.length,
      accessGroups: groupIds.length,
    }
    for (const field of Object.keys(LIST_LIMITS) as ListField[]) {
      if (counts[field] > LIST_LIMITS[field]) problems.push({ kind: 'tooMany', field, count: counts[field], max: LIST_LIMITS[field] })
    }
    if (problems.length > 0 || !floors.ok) return { line: row.line, kind: 'rejected', problems }
    const draft = { name, pinCodes: pins, rfCards: cards, faceUrls, accessGroupIds: groupIds, floorAccesses: floors.value }
    if (!rowFitsChunk({ line: row.line, draft })) return { line: row.line, kind: 'rejected', problems: [tooLarge(row)] }
    const duplicates = holders.duplicates(draft, null)
    return duplicates.length > 0 ? { line: row.line, kind: 'duplicate', draft, duplicates } : { line: row.line, kind: 'ok', draft }
  })
}

function tooLarge(row: RawStaffRow): RowProblem {
  const [field] = (Object.entries(row.cells) as [StaffField, string][]).reduce((a, b) => (b[1].length > a[1].length ? b : a))
  return { kind: 'rowTooLarge', field, kilobytes: Math.floor(IMPORT_CHUNK_BYTES / 1024) }
}

export type CheckCounts = Readonly<Record<RowCheck['kind'], number>>

export function countChecks(checks: readonly RowCheck[]): CheckCounts {
  const counts = { ok: 0, exists: 0, duplicate: 0, rejected: 0 }
  for (const c of checks) counts[c.kind]++
  return counts
}
