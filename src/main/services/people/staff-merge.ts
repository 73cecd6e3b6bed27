import type { AkuvoxFloorAccessInput } from '@shared/domain/akuvox'
import { type MergeList, asList } from '@shared/merge/three-way'
import { z } from 'zod'
import type { MergeSpec } from '../outbox/operation-handler'

/** A staff access as the outbox keeps it for a merge: the detail (ids and names), and names the change refers to. */
const staffSnapshot = z.object({
  staffAccessName: z.string(),
  pinCodes: z.array(z.object({ number: z.string() })),
  rfCards: z.array(z.object({ number: z.string() })),
  accessGroups: z.array(z.object({ accessGroupId: z.string(), accessGroupName: z.string() })),
  floorAccesses: z.array(z.object({ buildingId: z.string(), buildingName: z.string(), floors: z.array(z.string()) })),
  names: z.record(z.string(), z.string()).optional(),
})

/** One floor of one building, as a list element: `buildingId/floor`. */
const floorKey = (buildingId: string, floor: string): string => `${buildingId}/${floor}`
const floorKeys = (floors: readonly AkuvoxFloorAccessInput[]): string[] => floors.flatMap((f) => f.floors.map((floor) => floorKey(f.buildingId, floor)))

/** Floor elements back into one access per building, in the order the buildings first appear. */
function floorAccesses(keys: MergeList): AkuvoxFloorAccessInput[] {
  const byBuilding = new Map<string, string[]>()
  for (const key of keys) {
    const cut = key.lastIndexOf('/')
    const [buildingId, floor] = [key.slice(0, cut), key.slice(cut + 1)]
    byBuilding.set(buildingId, [...(byBuilding.get(buildingId) ?? []), floor])
  }
  return [...byBuilding].map(([buildingId, floors]) => ({ buildingId, floors }))
}

/**
 * A staff update merged field by field: name, PINs, cards, groups and floors. Faces travel as
 * additions and removals of pictures, so the change's own face edits are sent as they are.
 */
export const staffUpdateMerge: MergeSpec<'akuvox.staff.update'> = {
  fields: [
    { key: 'staffName', format: 'text' },
    { key: 'pinCodes', format: 'secret' },
    { key: 'rfCards', format: 'secret' },
    { key: 'accessGroups', format: 'names' },
    { key: 'floors', format: 'floors' },
  ],
  read(snapshot) {
    const parsed = staffSnapshot.safeParse(snapshot)
    if (!parsed.success) return null
    const s = parsed.data
    return {
      staffName: s.staffAccessName,
      pinCodes: s.pinCodes.map((p) => p.number),
      rfCards: s.rfCards.map((c) => c.number),
      accessGroups: s.accessGroups.map((g) => g.accessGroupId),
      floors: floorKeys(s.floorAccesses),
    }
  },
  mine: ({ input }, base) => ({
    staffName: input.staffAccessName,
    pinCodes: input.pinCodes ?? asList(base.pinCodes),
    rfCards: input.rfCards ?? asList(base.rfCards),
    accessGroups: input.accessGroupIds,
    floors: input.floorAccesses ? floorKeys(input.floorAccesses) : asList(base.floors),
  }),
  build: (op, merged) => ({
    ...op,
    input: {
      ...op.input,
      staffAccessName: typeof merged.staffName === 'string' ? merged.staffName : op.input.staffAccessName,
      pinCodes: asList(merged.pinCodes),
      rfCards: asList(merged.rfCards),
      accessGroupIds: asList(merged.accessGroups),
      floorAccesses: floorAccesses(asList(merged.floors)),
    },
  }),
  names(snapshots) {
    const names: Record<string, string> = {}
    for (const snapshot of snapshots) {
      const parsed = staffSnapshot.safeParse(snapshot)
      if (!parsed.success) continue
      Object.assign(names, parsed.data.names)
      for (const g of parsed.data.accessGroups) names[g.accessGroupId] = g.accessGroupName
      for (const f of parsed.data.floorAccesses) names[f.buildingId] = f.buildingName
    }
    return names
  },
}
