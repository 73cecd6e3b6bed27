/**
 * The residents dialog's boxes against the members Fieldkey knows of: a box the installer changed
 * remembers what they want and whether the resident was a known member then, so the changes
 * stay right when the resident scrolls off the page or the members are read again.
 */
export interface Wanted {
  readonly member: boolean
  readonly known: boolean
}

export type Ticks = ReadonlyMap<string, Wanted>

/** Whether a resident's box is ticked: what the installer chose, else whether Fieldkey added them. */
export function isTicked(ticks: Ticks, accountId: string, knownMember: boolean): boolean {
  return ticks.get(accountId)?.member ?? knownMember
}

/** A click on a resident's box; back where it started is no change at all. */
export function toggleTick(ticks: Ticks, accountId: string, knownMember: boolean): Ticks {
  const known = ticks.get(accountId)?.known ?? knownMember
  const member = !(ticks.get(accountId)?.member ?? known)
  const next = new Map(ticks)
  if (member === known) next.delete(accountId)
  else next.set(accountId, { member, known })
  return next
}

/** Who the ticks add to the group (ticked, not a known member) and remove (unticked known members). */
export function tickChanges(ticks: Ticks): { readonly add: readonly string[]; readonly remove: readonly string[] } {
  const entries = [...ticks]
  return {
    add: entries.filter(([, w]) => w.member && !w.known).map(([id]) => id),
    remove: entries.filter(([, w]) => !w.member && w.known).map(([id]) => id),
  }
}

/** The changes sent are settled (done, refused or queued): their boxes follow the members read again. */
export function settleTicks(ticks: Ticks, sent: readonly string[]): Ticks {
  const done = new Set(sent)
  return new Map([...ticks].filter(([id]) => !done.has(id)))
}
