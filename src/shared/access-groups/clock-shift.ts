import type { AccessGroupRow, UtcSchedule } from '../domain/access-groups'
import type { SiteZone } from '../domain/site-zone'
import { type ClockChange, lastClockChange, movesWithClocks, nextClockChange, shiftedForChange } from '../schedule/clock-change'

/** The next clock change is announced this long before it. */
export const ANNOUNCE_MS = 60 * 86_400_000

/** One group the clock change moves, with the UTC schedule that gives it back its site times. */
export interface ShiftRow {
  readonly group: AccessGroupRow
  readonly after: UtcSchedule
}

export interface ShiftPlan {
  readonly change: ClockChange
  readonly rows: readonly ShiftRow[]
}

/** The groups Fieldkey may change whose site times a clock change moves (system groups are the cloud's). */
function movable(groups: readonly AccessGroupRow[]): AccessGroupRow[] {
  return groups.filter((g) => !g.readOnly && g.pending?.kind !== 'delete' && movesWithClocks(g.schedule))
}

/** When the cloud says the group was created (UTC), or null when it does not (a create still queued). */
function createdAt(group: AccessGroupRow): number | null {
  const ms = Date.parse(`${group.createdTime.replace(' ', 'T')}Z`)
  return Number.isNaN(ms) ? null : ms
}

/** The site's next clock change, when it is near, with the groups that will open at other site times after it. */
export function comingChange(
  groups: readonly AccessGroupRow[],
  zone: string,
  now: number,
): { readonly change: ClockChange; readonly groups: readonly AccessGroupRow[] } | null {
  const change = nextClockChange(zone, now, ANNOUNCE_MS)
  const moved = movable(groups)
  return change && moved.length > 0 ? { change, groups: moved } : null
}

/**
 * After the site's latest clock change, the groups saved before it (their UTC times were worked
 * out with the old offset), each with the schedule that restores its site times — unless the
 * installer has already dealt with that change. `done`: groups already shifted this session.
 */
export function passedChange(groups: readonly AccessGroupRow[], site: SiteZone, now: number, done: ReadonlySet<string> = new Set()): ShiftPlan | null {
  const change = lastClockChange(site.zone, now)
  if (!change || (site.clockChangeSettledAt !== null && site.clockChangeSettledAt >= change.at)) return null
  const rows: ShiftRow[] = []
  for (const group of movable(groups)) {
    const created = createdAt(group)
    if (created === null || created >= change.at || done.has(group.id)) continue
    const after = shiftedForChange(group.schedule, site.zone, change)
    if (after) rows.push({ group, after })
  }
  return rows.length > 0 ? { change, rows } : null
}
