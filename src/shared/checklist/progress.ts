import type { BuildingProgress, ChecklistSummary, DoorBase } from '../domain/checklist'

/** Doors tested (passed or faulty), faults and offline doors, per building in the order met, and in all. */
export function checklistSummary(doors: readonly DoorBase[]): ChecklistSummary {
  const byBuilding = new Map<string | null, { name: string | null; doors: number; tested: number; faults: number; offline: number }>()
  const total = { doors: 0, tested: 0, faults: 0, offline: 0 }
  for (const door of doors) {
    let entry = byBuilding.get(door.buildingKey)
    if (!entry) {
      entry = { name: door.buildingName, doors: 0, tested: 0, faults: 0, offline: 0 }
      byBuilding.set(door.buildingKey, entry)
    }
    for (const counts of [entry, total]) {
      counts.doors++
      if (door.check) counts.tested++
      if (door.check?.result === 'fault') counts.faults++
      if (!door.online) counts.offline++
    }
  }
  const buildings: BuildingProgress[] = [...byBuilding].map(([buildingKey, e]) => ({
    buildingKey,
    buildingName: e.name,
    doors: e.doors,
    tested: e.tested,
    faults: e.faults,
    offline: e.offline,
  }))
  return { buildings, total }
}

/** Whole percent of doors tested, rounded down so a site reads 100 % only when every door is. */
export function testedPercent(progress: { readonly doors: number; readonly tested: number }): number {
  return progress.doors === 0 ? 0 : Math.floor((progress.tested * 100) / progress.doors)
}
