import type { ImportStatus } from './enums'
import { utcText } from './ids'
import type { AccessGroup, Device, GroupDoor, ImportTask, Project, Relay, StaffAccess } from './model'
import { isOnline } from './online'

/* The site as the API shows it: snake_case, field for field as seeds 000–002 list them. */

export interface ViewContext {
  readonly project: Project
  readonly now: number
  readonly onlineOverrides: ReadonlyMap<string, boolean>
}

function relayView(relay: Relay) {
  return { relay_name: relay.name, relay_number: relay.number, relay_id: relay.id }
}

/** A device with all its relays, or (inside a group) only the ones the group opens. */
export function deviceView(ctx: ViewContext, device: Device, door?: GroupDoor) {
  const building = ctx.project.buildings.get(device.buildingId)
  const relays = door ? device.relays.filter((r) => door.relayIds.includes(r.id)) : device.relays
  const security = door ? device.securityRelays.filter((r) => door.securityRelayIds.includes(r.id)) : device.securityRelays
  return {
    device_id: device.id,
    device_name: device.name,
    mac: device.mac,
    building_id: device.buildingId,
    building_name: building?.name ?? '',
    online: isOnline(device, ctx.now, ctx.onlineOverrides),
    device_type: device.type,
    relays: relays.map(relayView),
    security_relays: security.map(relayView),
  }
}

function schedule(group: AccessGroup) {
  return {
    repeat_mode: group.repeatMode,
    available_days: group.availableDays,
    start_time: group.startTime,
    finish_time: group.finishTime,
  }
}

export function groupSummaryView(group: AccessGroup) {
  return {
    access_group_id: group.id,
    access_group_name: group.name,
    access_group_type: group.type,
    ...schedule(group),
    user_count: group.members.size,
    created_time: group.createdTime,
  }
}

export function groupInfoView(ctx: ViewContext, group: AccessGroup) {
  const devices = group.doors.flatMap((door) => {
    const device = ctx.project.devices.get(door.deviceId)
    return device ? [deviceView(ctx, device, door)] : []
  })
  return {
    access_group_name: group.name,
    access_group_type: group.type,
    ...schedule(group),
    created_time: group.createdTime,
    devices,
  }
}

function credentials(staff: StaffAccess) {
  return {
    faces: staff.faces.map((f) => ({ face_id: f.id })),
    pin_codes: staff.pinCodes.map((p) => ({ pin_code_id: p.id, number: p.number })),
    rf_cards: staff.rfCards.map((c) => ({ rf_card_id: c.id, number: c.number })),
  }
}

function staffGroups(project: Project, staff: StaffAccess): AccessGroup[] {
  return staff.accessGroupIds.flatMap((id) => {
    const group = project.accessGroups.get(id)
    return group ? [group] : []
  })
}

export function staffSummaryView(project: Project, staff: StaffAccess) {
  return {
    staff_access_id: staff.id,
    staff_access_name: staff.name,
    created_time: staff.createdTime,
    ...credentials(staff),
    access_groups: staffGroups(project, staff).map((g) => ({ access_group_name: g.name })),
    floor_accesses: staff.floorAccesses.map((f) => ({
      building_name: project.buildings.get(f.buildingId)?.name ?? '',
      floor_access: f.floors,
    })),
  }
}

export function staffInfoView(project: Project, staff: StaffAccess) {
  return {
    staff_access_name: staff.name,
    created_time: staff.createdTime,
    ...credentials(staff),
    access_groups: staffGroups(project, staff).map((g) => ({ access_group_id: g.id, access_group_name: g.name, access_group_type: g.type })),
    floor_accesses: staff.floorAccesses.map((f) => ({
      building_id: f.buildingId,
      building_name: project.buildings.get(f.buildingId)?.name ?? '',
      floor_access: f.floors,
    })),
  }
}

export function userRows(project: Project) {
  return [...project.residences.values()].flatMap((residence) => {
    const buildingName = project.buildings.get(residence.buildingId)?.name ?? ''
    return residence.accounts.map((account) => ({
      residence_id: residence.id,
      family_name: residence.familyName,
      residence_no: residence.residenceNo,
      building_id: residence.buildingId,
      building_name: buildingName,
      account_id: account.id,
      account_name: account.name,
      first_name: account.firstName,
      last_name: account.lastName,
      email: account.email,
      phone: account.phone,
      auth: account.auth,
      region: account.region,
      payment_status: account.paymentStatus,
    }))
  })
}

/** Progress follows the sandbox clock: `importing` until `durationMs` has passed, then the outcome. */
export function importStatus(task: ImportTask, now: number): { status: ImportStatus; progress: number } {
  const progress = Math.min(100, Math.max(0, Math.floor(((now - task.createdAt) / task.durationMs) * 100)))
  if (progress < 100) return { status: 'importing', progress }
  if (task.fileError !== null || task.failureCount >= task.rowCount) return { status: 'failure', progress }
  return { status: task.failureCount > 0 ? 'partial_failure' : 'success', progress }
}

export function importResultView(task: ImportTask, now: number) {
  const { status, progress } = importStatus(task, now)
  return {
    created_time: utcText(task.createdAt),
    file_name: task.fileName,
    import_process: progress,
    failure_count: status === 'importing' ? Math.floor((task.failureCount * progress) / 100) : task.failureCount,
    is_resolved: status !== 'importing',
    import_status: status,
  }
}
