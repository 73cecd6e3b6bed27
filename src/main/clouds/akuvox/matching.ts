import type { AkuvoxAccessGroup, AkuvoxAccessGroupInput, AkuvoxAccessGroupSummary, AkuvoxStaffAccess, AkuvoxStaffAccessInput } from '@shared/domain/akuvox'

/*
 * After a create whose outcome is unknown, these decide whether an object found by name is the
 * one we asked for. Identical twins made earlier count as ours: the installer's intent holds.
 */

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false
  const left = [...a].sort()
  const right = [...b].sort()
  return left.every((v, i) => v === right[i])
}

export function accessGroupLooksLike(summary: AkuvoxAccessGroupSummary, input: AkuvoxAccessGroupInput): boolean {
  return (
    summary.accessGroupName === input.accessGroupName &&
    summary.repeatMode === input.repeatMode &&
    summary.startTime === input.startTime &&
    summary.finishTime === input.finishTime
  )
}

export function accessGroupMatches(group: AkuvoxAccessGroup, input: AkuvoxAccessGroupInput): boolean {
  const doors = (devices: readonly { deviceId: string; relays: readonly string[]; security: readonly string[] }[]): string[] =>
    devices.flatMap((d) => [...d.relays.map((r) => `${d.deviceId}/r/${r}`), ...d.security.map((r) => `${d.deviceId}/s/${r}`), `${d.deviceId}`])
  const have = doors(
    group.devices.map((d) => ({ deviceId: d.deviceId, relays: d.relays.map((r) => r.relayId), security: d.securityRelays.map((r) => r.relayId) })),
  )
  const want = doors(input.devices.map((d) => ({ deviceId: d.deviceId, relays: d.relayIds, security: d.securityRelayIds })))
  return sameSet(have, want)
}

export function staffMatches(staff: AkuvoxStaffAccess, input: AkuvoxStaffAccessInput): boolean {
  const floors = (list: readonly { buildingId: string; floors: readonly string[] }[]): string[] =>
    list.flatMap((f) => f.floors.map((floor) => `${f.buildingId}/${floor}`))
  return (
    staff.staffAccessName === input.staffAccessName &&
    sameSet(
      staff.pinCodes.map((p) => p.number),
      input.pinCodes ?? [],
    ) &&
    sameSet(
      staff.rfCards.map((c) => c.number),
      input.rfCards ?? [],
    ) &&
    sameSet(
      staff.accessGroups.map((g) => g.accessGroupId),
      input.accessGroupIds,
    ) &&
    sameSet(floors(staff.floorAccesses), floors(input.floorAccesses ?? [])) &&
    staff.faces.length === (input.facePictureUrls ?? []).length
  )
}
