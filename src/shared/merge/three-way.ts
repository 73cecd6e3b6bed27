/**
 * A three-way merge of one record: `base` is the record when the installer made the change,
 * `mine` the change applied to base, `theirs` the record in the cloud now. Pure and total.
 *
 * Scalar fields: changed on one side only → that side; changed on both to the same value → that
 * value; changed on both to different values → a conflict the installer decides (the cloud's
 * value until they do). Lists are sets of identities (a PIN's digits, a group's id): what either
 * side added is kept, what either side removed is gone, unless the other side added it back.
 */

export type MergeScalar = string | number | boolean | null
export type MergeList = readonly string[]
export type MergeValue = MergeScalar | MergeList
export type MergeRecord = Readonly<Partial<Record<string, MergeValue>>>

export type FieldMerge =
  | {
      readonly key: string
      readonly kind: 'scalar'
      readonly base: MergeScalar
      readonly mine: MergeScalar
      readonly theirs: MergeScalar
      readonly merged: MergeScalar
      /** Both sides changed it, to different values. */
      readonly conflict: boolean
    }
  | {
      readonly key: string
      readonly kind: 'list'
      readonly base: MergeList
      readonly mine: MergeList
      readonly theirs: MergeList
      readonly merged: MergeList
      readonly conflict: false
    }

const isList = (v: MergeValue | undefined): v is MergeList => Array.isArray(v)
const asScalar = (v: MergeValue | undefined): MergeScalar => (v === undefined || isList(v) ? null : v)
/** A field's value as a list (empty when it is a scalar or missing). */
export const asList = (v: MergeValue | undefined): MergeList => (isList(v) ? v : [])

/** One scalar: the side that changed it, else the cloud's value (flagged as a conflict when both did, differently). */
export function mergeScalar(base: MergeScalar, mine: MergeScalar, theirs: MergeScalar): { readonly merged: MergeScalar; readonly conflict: boolean } {
  if (mine === theirs || mine === base) return { merged: theirs, conflict: false }
  if (theirs === base) return { merged: mine, conflict: false }
  return { merged: theirs, conflict: true }
}

/** One list, element by element: the cloud's order, less what I removed, then what I added. */
export function mergeList(base: MergeList, mine: MergeList, theirs: MergeList): MergeList {
  const inBase = new Set(base)
  const inMine = new Set(mine)
  const inTheirs = new Set(theirs)
  const removedByMe = (x: string) => inBase.has(x) && !inMine.has(x)
  const kept = [...inTheirs].filter((x) => !removedByMe(x))
  const added = [...inMine].filter((x) => !inBase.has(x) && !inTheirs.has(x))
  return [...kept, ...added]
}

/** Every field of the three records, in the order `keys` gives (the domain's order). */
export function mergeRecords(keys: readonly string[], base: MergeRecord, mine: MergeRecord, theirs: MergeRecord): FieldMerge[] {
  return keys.map((key): FieldMerge => {
    if (isList(base[key]) || isList(mine[key]) || isList(theirs[key])) {
      const [b, m, t] = [asList(base[key]), asList(mine[key]), asList(theirs[key])]
      return { key, kind: 'list', base: b, mine: m, theirs: t, merged: mergeList(b, m, t), conflict: false }
    }
    const [b, m, t] = [asScalar(base[key]), asScalar(mine[key]), asScalar(theirs[key])]
    return { key, kind: 'scalar', base: b, mine: m, theirs: t, ...mergeScalar(b, m, t) }
  })
}

/**
 * How the installer settles a conflict: the merge, keeping their own value in the fields both
 * sides changed that they name in `keepMine` (the cloud's value in the others), or mine for every field.
 */
export type MergeResolution = { readonly kind: 'merge'; readonly keepMine: readonly string[] } | { readonly kind: 'mine' }

/** The record to send: the merge with the installer's choices applied. */
export function resolveMerge(fields: readonly FieldMerge[], resolution: MergeResolution): MergeRecord {
  const keepMine = new Set(resolution.kind === 'merge' ? resolution.keepMine : [])
  const entries = fields.map((f): [string, MergeValue] => {
    if (resolution.kind === 'mine' || (f.conflict && keepMine.has(f.key))) return [f.key, f.mine]
    return [f.key, f.merged]
  })
  return Object.fromEntries(entries)
}

/** The fields "mine for everything" changes in the cloud: the cloud's value now and what replaces it. */
export function overwrites<F extends FieldMerge>(fields: readonly F[]): F[] {
  return fields.filter((f) => !sameValue(f.theirs, f.mine))
}

export function sameValue(a: MergeValue, b: MergeValue): boolean {
  if (isList(a) || isList(b)) {
    const [x, y] = [new Set(asList(a)), new Set(asList(b))]
    return x.size === y.size && [...x].every((v) => y.has(v))
  }
  return a === b
}
