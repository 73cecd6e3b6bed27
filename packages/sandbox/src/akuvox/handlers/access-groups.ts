import { CommandFailure, notFound } from '../failure'
import { utcText } from '../ids'
import type { AccessGroup, GroupDoor, Project } from '../model'
import type { ParamsOf } from '../params'
import { deviceView, groupInfoView, groupSummaryView } from '../views'
import { type CommandContext, invalid, list, page, projectOf, viewOf } from './context'

type GroupParams = ParamsOf<'create_access_group_info'>

const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/
const DATE_TIME = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]) ([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/
const MAX_NAME = 64

function groupOf(project: Project, id: string): AccessGroup {
  const group = project.accessGroups.get(id)
  if (!group) throw notFound('access group', id)
  return group
}

function sameMac(a: string, b: string): boolean {
  const bare = (mac: string): string => mac.replace(/[^0-9a-f]/gi, '').toUpperCase()
  return bare(a) === bare(b)
}

/** Every device, relay and MAC must belong together in this project, as the real cloud would check. */
function resolveDoors(project: Project, devices: GroupParams['devices']): GroupDoor[] {
  const seen = new Set<string>()
  return devices.map((d, i) => {
    const where = `param.devices[${i}]`
    const device = project.devices.get(d.device_id)
    if (!device) throw notFound('device', d.device_id)
    if (seen.has(device.id)) throw invalid(`${where}.device_id ${d.device_id} is listed twice`)
    seen.add(device.id)
    if (device.buildingId !== d.building_id) throw invalid(`${where}.building_id does not match device ${d.device_id}`)
    if (!sameMac(device.mac, d.mac)) throw invalid(`${where}.mac does not match device ${d.device_id}`)
    const pick = (refs: readonly { relay_id: string }[], owned: readonly { id: string }[], field: string): string[] =>
      refs.map((r, k) => {
        if (!owned.some((o) => o.id === r.relay_id)) throw notFound(`relay (${where}.${field}[${k}])`, r.relay_id)
        return r.relay_id
      })
    return {
      deviceId: device.id,
      relayIds: pick(d.relays, device.relays, 'relays'),
      securityRelayIds: pick(d.security_relays, device.securityRelays, 'security_relays'),
    }
  })
}

function checkSchedule(p: GroupParams): void {
  if (p.access_group_name.length > MAX_NAME) throw invalid(`param.access_group_name must be at most ${MAX_NAME} characters`)
  for (const field of ['start_time', 'finish_time'] as const) {
    if (!CLOCK_TIME.test(p[field]) && !DATE_TIME.test(p[field])) throw invalid(`param.${field} must be HH:mm:ss or YYYY-MM-DD HH:mm:ss (UTC)`)
  }
  if (p.repeat_mode === 'weekly' && (p.available_days ?? []).length === 0) throw invalid('param.available_days must not be empty when repeat_mode is weekly')
}

export function getAccessGroupList(ctx: CommandContext, p: ParamsOf<'get_access_group_list'>): unknown {
  const groups = [...projectOf(ctx, p.project_id).accessGroups.values()].map(groupSummaryView)
  return page(ctx, groups, p.page_size, p.page_index)
}

export function getAccessGroupInfo(ctx: CommandContext, p: ParamsOf<'get_access_group_info'>): unknown {
  const project = projectOf(ctx, p.project_id)
  return groupInfoView(viewOf(ctx, project), groupOf(project, p.access_group_id))
}

export function getAccessGroupDeviceList(ctx: CommandContext, p: ParamsOf<'get_access_group_device_list'>): unknown {
  const project = projectOf(ctx, p.project_id)
  const view = viewOf(ctx, project)
  return list(
    ctx,
    [...project.devices.values()].map((d) => deviceView(view, d)),
  )
}

export function createAccessGroup(ctx: CommandContext, p: ParamsOf<'create_access_group_info'>): unknown {
  const project = projectOf(ctx, p.project_id)
  checkSchedule(p)
  const doors = resolveDoors(project, p.devices)
  const group: AccessGroup = {
    id: ctx.mint('a'),
    name: p.access_group_name,
    type: 'customized',
    repeatMode: p.repeat_mode,
    availableDays: p.available_days ?? [],
    startTime: p.start_time,
    finishTime: p.finish_time,
    createdTime: utcText(ctx.now),
    doors,
    members: new Set(),
  }
  project.accessGroups.set(group.id, group)
  return { access_group_id: group.id }
}

export function updateAccessGroup(ctx: CommandContext, p: ParamsOf<'update_access_group_info'>): unknown {
  const project = projectOf(ctx, p.project_id)
  const group = groupOf(project, p.access_group_id)
  checkSchedule(p)
  const doors = resolveDoors(project, p.devices)
  group.name = p.access_group_name
  group.repeatMode = p.repeat_mode
  group.availableDays = p.available_days ?? []
  group.startTime = p.start_time
  group.finishTime = p.finish_time
  group.doors = doors
  return {}
}

/** System groups are the building defaults the cloud keeps for itself (best guess: they cannot be deleted). */
function deletable(project: Project, id: string): AccessGroup {
  const group = groupOf(project, id)
  if (group.type === 'system') throw new CommandFailure('not_allowed', `access group ${id} is a system group and cannot be deleted`)
  return group
}

function forgetGroup(project: Project, id: string): void {
  project.accessGroups.delete(id)
  for (const staff of project.staff.values()) {
    if (staff.accessGroupIds.includes(id)) staff.accessGroupIds = staff.accessGroupIds.filter((g) => g !== id)
  }
}

export function deleteAccessGroup(ctx: CommandContext, p: ParamsOf<'delete_access_group_info'>): unknown {
  const project = projectOf(ctx, p.project_id)
  forgetGroup(project, deletable(project, p.access_group_id).id)
  return {}
}

export function batchDeleteAccessGroups(ctx: CommandContext, p: ParamsOf<'batch_delete_access_group_info'>): unknown {
  const project = projectOf(ctx, p.project_id)
  // All or nothing: every id is checked before anything is deleted.
  const groups = p.access_groups.map((g) => deletable(project, g.access_group_id))
  for (const group of groups) forgetGroup(project, group.id)
  return {}
}

function residentOf(project: Project, residenceId: string, accountId: string) {
  const residence = project.residences.get(residenceId)
  if (!residence) throw notFound('residence', residenceId)
  if (!residence.accounts.some((a) => a.id === accountId)) throw notFound(`account in residence ${residenceId}:`, accountId)
  return residence
}

export function createAccessGroupAccount(ctx: CommandContext, p: ParamsOf<'create_access_group_account_info'>): unknown {
  const project = projectOf(ctx, p.project_id)
  const group = groupOf(project, p.access_group_id)
  residentOf(project, p.residence_id, p.account_id)
  group.members.add(`${p.residence_id}/${p.account_id}`)
  return {}
}

export function deleteAccessGroupAccount(ctx: CommandContext, p: ParamsOf<'delete_access_group_account_info'>): unknown {
  const project = projectOf(ctx, p.project_id)
  const group = groupOf(project, p.access_group_id)
  const residence = residentOf(project, p.residence_id, p.account_id)
  if (residence.buildingId !== p.building_id) throw invalid(`param.building_id does not match residence ${p.residence_id}`)
  const key = `${p.residence_id}/${p.account_id}`
  if (!group.members.has(key)) throw notFound(`member of access group ${p.access_group_id}:`, p.account_id)
  group.members.delete(key)
  return {}
}
