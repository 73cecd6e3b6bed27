import type { AkuvoxAccessGroup, AkuvoxStaffAccess, AkuvoxStaffAccessSummary } from '@shared/domain/akuvox'
import type { OutboxBase } from '@shared/domain/outbox'
import type { TuyaPerson } from '@shared/domain/tuya'
import { deviceContent } from '../../store/cache/akuvox-specs'
import { contentHash } from '../../store/cache/hash'

/**
 * The version of a change's target: a hash of what the installer saw. Status that moves by
 * itself (device online, signed image URLs) is left out, so it never passes for an edit.
 */
export function accessGroupBase(group: AkuvoxAccessGroup): OutboxBase {
  const snapshot = { ...group, devices: group.devices.map(deviceContent) }
  return { version: contentHash(snapshot), snapshot }
}

export function personBase(person: TuyaPerson): OutboxBase {
  const { imageUrl: _imageUrl, ...snapshot } = person
  return { version: contentHash(snapshot), snapshot }
}

/** Several targets (a batch disable): one version over all of them, in the given order. */
export function combinedBase(bases: readonly (OutboxBase | null)[]): OutboxBase {
  return { version: contentHash(bases.map((b) => b?.version ?? null)), snapshot: bases.map((b) => b?.snapshot ?? null) }
}

/**
 * A staff access as the installer saw it. The cache keeps list summaries (group and building
 * names, no ids) and the cloud answers details: the version covers what both say, so a cached
 * summary and a fresh detail of an unchanged staff access agree. The snapshot is the record
 * itself (a detail for an update, so a conflict can be merged by id), with `names` of the
 * groups and buildings the change refers to when given.
 */
export function staffBase(staff: AkuvoxStaffAccessSummary | AkuvoxStaffAccess, names?: Readonly<Record<string, string>>): OutboxBase {
  const groups = 'accessGroupNames' in staff ? staff.accessGroupNames : staff.accessGroups.map((g) => g.accessGroupName)
  const compared = {
    staffAccessName: staff.staffAccessName,
    pinCodes: staff.pinCodes.map((p) => p.number).sort(),
    rfCards: staff.rfCards.map((c) => c.number).sort(),
    faces: staff.faces.length,
    accessGroups: [...groups].sort(),
    floorAccesses: staff.floorAccesses.map((f) => `${f.buildingName}:${[...f.floors].sort().join('|')}`).sort(),
  }
  return { version: contentHash(compared), snapshot: names ? { ...staff, names } : staff }
}
