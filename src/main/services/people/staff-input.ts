import type { AkuvoxStaffAccess, AkuvoxStaffAccessInput, AkuvoxStaffAccessSummary, AkuvoxStaffAccessUpdate } from '@shared/domain/akuvox'
import { normaliseCard } from '@shared/people/card'
import { normalisePin } from '@shared/people/pin'
import type { NamedRef, StaffDraft, StaffEdit } from '@shared/people/staff'

export function createInput(projectId: string, draft: StaffDraft): AkuvoxStaffAccessInput {
  return {
    projectId,
    staffAccessName: draft.name.trim(),
    facePictureUrls: draft.faceUrls,
    pinCodes: draft.pinCodes.map(normalisePin),
    rfCards: draft.rfCards.map(normaliseCard),
    accessGroupIds: draft.accessGroupIds,
    floorAccesses: draft.floorAccesses.map((f) => ({ buildingId: f.buildingId, floors: f.floors })),
  }
}

/** Every list is sent, so the staff access ends up exactly as edited (the cloud replaces sent lists). */
export function updateInput(projectId: string, staffAccessId: string, edit: StaffEdit): AkuvoxStaffAccessUpdate {
  const { facePictureUrls, ...rest } = createInput(projectId, edit)
  const faces = [
    ...(facePictureUrls ?? []).map((facePictureUrl) => ({ kind: 'add' as const, facePictureUrl })),
    ...edit.removeFaceUrls.map((facePictureUrl) => ({ kind: 'remove' as const, facePictureUrl })),
  ]
  return { ...rest, staffAccessId, ...(faces.length > 0 ? { faces } : {}) }
}

/** What the cache shows for a staff access the cloud accepted, before the next sync reads it back. */
export function summaryOf(
  staffAccessId: string,
  input: AkuvoxStaffAccessInput,
  names: { readonly groups: ReadonlyMap<string, string>; readonly buildings: ReadonlyMap<string, string> },
  createdTime: string,
): AkuvoxStaffAccessSummary {
  return {
    staffAccessId,
    staffAccessName: input.staffAccessName,
    createdTime,
    faces: (input.facePictureUrls ?? []).map((_, i) => ({ faceId: `${staffAccessId}/face/${i}` })),
    pinCodes: (input.pinCodes ?? []).map((number, i) => ({ pinCodeId: `${staffAccessId}/pin/${i}`, number })),
    rfCards: (input.rfCards ?? []).map((number, i) => ({ rfCardId: `${staffAccessId}/card/${i}`, number })),
    accessGroupNames: input.accessGroupIds.map((id) => names.groups.get(id) ?? id),
    floorAccesses: (input.floorAccesses ?? []).map((f) => ({ buildingName: names.buildings.get(f.buildingId) ?? f.buildingId, floors: f.floors })),
  }
}

export function summaryOfDetail(detail: AkuvoxStaffAccess): AkuvoxStaffAccessSummary {
  return {
    staffAccessId: detail.staffAccessId,
    staffAccessName: detail.staffAccessName,
    createdTime: detail.createdTime,
    faces: detail.faces,
    pinCodes: detail.pinCodes,
    rfCards: detail.rfCards,
    accessGroupNames: detail.accessGroups.map((g) => g.accessGroupName),
    floorAccesses: detail.floorAccesses.map((f) => ({ buildingName: f.buildingName, floors: f.floors })),
  }
}

/** The cache's summary as a detail, ids looked up by name (offline detail). */
export function detailOfSummary(summary: AkuvoxStaffAccessSummary, groups: readonly NamedRef[], buildings: readonly NamedRef[]): AkuvoxStaffAccess {
  return {
    staffAccessId: summary.staffAccessId,
    staffAccessName: summary.staffAccessName,
    createdTime: summary.createdTime,
    faces: summary.faces,
    pinCodes: summary.pinCodes,
    rfCards: summary.rfCards,
    accessGroups: summary.accessGroupNames.map((name) => ({
      accessGroupId: groups.find((g) => g.name === name)?.id ?? '',
      accessGroupName: name,
      accessGroupType: 'unknown',
    })),
    floorAccesses: summary.floorAccesses.map((f) => ({
      buildingId: buildings.find((b) => b.name === f.buildingName)?.id ?? '',
      buildingName: f.buildingName,
      floors: f.floors,
    })),
  }
}

/** Name + PIN codes + RF cards: how a file row and a staff access are recognised as the same person. */
export function identityKey(name: string, pinCodes: readonly string[], rfCards: readonly string[]): string {
  const pins = pinCodes.map(normalisePin).sort().join(',')
  const cards = rfCards.map(normaliseCard).sort().join(',')
  return `${name.trim()}\u0000${pins}\u0000${cards}`
}
