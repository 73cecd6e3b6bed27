import { notFound } from '../failure'
import { utcText } from '../ids'
import type { Project, StaffAccess, StaffDraft } from '../model'
import type { ParamsOf } from '../params'
import { staffInfoView, staffSummaryView } from '../views'
import { type CommandContext, page, projectOf } from './context'
import { checkCard, checkFloors, checkGroups, checkName, checkPictureUrl, checkPin, checkStaff } from './staff-rules'

function staffOf(project: Project, id: string): StaffAccess {
  const staff = project.staff.get(id)
  if (!staff) throw notFound('staff access', id)
  return staff
}

/** Adds a staff access from checked values; also how a finished import applies its rows. */
export function addStaff(ctx: Pick<CommandContext, 'mint'>, project: Project, draft: StaffDraft, createdAt: number): StaffAccess {
  const staff: StaffAccess = {
    id: ctx.mint('s'),
    name: draft.name,
    createdTime: utcText(createdAt),
    faces: draft.facePictureUrls.map((pictureUrl) => ({ id: ctx.mint('f'), pictureUrl })),
    pinCodes: draft.pinCodes.map((number) => ({ id: ctx.mint('p'), number })),
    rfCards: draft.rfCards.map((number) => ({ id: ctx.mint('r'), number })),
    accessGroupIds: draft.accessGroupIds,
    floorAccesses: draft.floorAccesses,
  }
  project.staff.set(staff.id, staff)
  return staff
}

export function getStaffAccessList(ctx: CommandContext, p: ParamsOf<'get_staff_access_list'>): unknown {
  const project = projectOf(ctx, p.project_id)
  const all = [...project.staff.values()].map((s) => staffSummaryView(project, s))
  return page(ctx, all, p.page_size, p.page_index)
}

export function getStaffAccessInfo(ctx: CommandContext, p: ParamsOf<'get_staff_access_info'>): unknown {
  const project = projectOf(ctx, p.project_id)
  return staffInfoView(project, staffOf(project, p.staff_access_id))
}

export function createStaffAccess(ctx: CommandContext, p: ParamsOf<'create_staff_access_info'>): unknown {
  const project = projectOf(ctx, p.project_id)
  const draft = checkStaff(project, {
    name: p.staff_access_name,
    facePictureUrls: (p.faces ?? []).map((f) => f.face_picture_url),
    pinCodes: (p.pin_codes ?? []).map((c) => c.number),
    rfCards: (p.rf_cards ?? []).map((c) => c.number),
    accessGroupIds: p.access_groups.map((g) => g.access_group_id),
    floorAccesses: p.floor_accesses ?? [],
  })
  return { staff_access_id: addStaff(ctx, project, draft, ctx.now).id }
}

/** Lists that are sent replace what was there (keeping ids of unchanged numbers); absent ones stay. */
export function updateStaffAccess(ctx: CommandContext, p: ParamsOf<'update_staff_access_info'>): unknown {
  const project = projectOf(ctx, p.project_id)
  const staff = staffOf(project, p.staff_access_id)
  const name = checkName(p.staff_access_name, 'param.staff_access_name')
  const groups = checkGroups(
    project,
    p.access_groups.map((g) => g.access_group_id),
  )
  const floors = p.floor_accesses ? checkFloors(project, p.floor_accesses, 'param.floor_accesses') : staff.floorAccesses
  const keep = (old: StaffAccess['pinCodes'], numbers: readonly string[], prefix: 'p' | 'r') =>
    numbers.map((number) => old.find((c) => c.number === number) ?? { id: ctx.mint(prefix), number })
  const pins = p.pin_codes?.map((c, i) => checkPin(c.number, `param.pin_codes[${i}].number`))
  const cards = p.rf_cards?.map((c, i) => checkCard(c.number, `param.rf_cards[${i}].number`))
  let faces = staff.faces
  for (const [i, change] of (p.faces ?? []).entries()) {
    const url = checkPictureUrl(change.face_picture_url, `param.faces[${i}].face_picture_url`)
    if (change.is_deleted) faces = faces.filter((f) => f.pictureUrl !== url)
    else if (!faces.some((f) => f.pictureUrl === url)) faces = [...faces, { id: ctx.mint('f'), pictureUrl: url }]
  }
  staff.name = name
  staff.accessGroupIds = groups
  staff.floorAccesses = floors
  if (pins) staff.pinCodes = keep(staff.pinCodes, pins, 'p')
  if (cards) staff.rfCards = keep(staff.rfCards, cards, 'r')
  staff.faces = faces
  return {}
}

export function deleteStaffAccess(ctx: CommandContext, p: ParamsOf<'delete_staff_access_info'>): unknown {
  const project = projectOf(ctx, p.project_id)
  project.staff.delete(staffOf(project, p.staff_access_id).id)
  return {}
}

export function batchDeleteStaffAccesses(ctx: CommandContext, p: ParamsOf<'batch_delete_staff_access_info'>): unknown {
  const project = projectOf(ctx, p.project_id)
  // All or nothing: every id is checked before anything is deleted.
  const staff = p.staff_accesses.map((s) => staffOf(project, s.staff_access_id))
  for (const s of staff) project.staff.delete(s.id)
  return {}
}
