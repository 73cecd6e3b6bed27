import { notFound } from '../failure'
import type { FloorGrant, Project, StaffDraft } from '../model'
import { invalid } from './context'

/* Value rules for staff access, shared by the create/update commands and the CSV import. */

const PIN = /^\d{4,8}$/
/** Card number format is not specified (docs/clouds.md#akuvox-ambiguities): decimal or hex, up to 32 characters. */
const CARD = /^[0-9A-Za-z]{1,32}$/
const MAX_NAME = 64

export function checkName(name: string, where: string): string {
  const trimmed = name.trim()
  if (trimmed === '') throw invalid(`${where} must not be empty`)
  if (trimmed.length > MAX_NAME) throw invalid(`${where} must be at most ${MAX_NAME} characters`)
  return trimmed
}

export function checkPin(number: string, where: string): string {
  if (!PIN.test(number)) throw invalid(`${where} must be 4 to 8 digits`)
  return number
}

export function checkCard(number: string, where: string): string {
  if (!CARD.test(number)) throw invalid(`${where} must be 1 to 32 letters or digits`)
  return number
}

/** Face pictures are fetched by the cloud, so they must be web addresses. */
export function checkPictureUrl(url: string, where: string): string {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw invalid(`${where} must be a URL`)
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw invalid(`${where} must be an http(s) URL`)
  return url
}

export function checkGroups(project: Project, ids: readonly string[]): string[] {
  for (const id of ids) if (!project.accessGroups.has(id)) throw notFound('access group', id)
  return [...new Set(ids)]
}

export function checkFloors(project: Project, grants: readonly { building_id: string; floor_access: readonly string[] }[], where: string): FloorGrant[] {
  return grants.map((g, i) => {
    const building = project.buildings.get(g.building_id)
    if (!building) throw notFound('building', g.building_id)
    for (const floor of g.floor_access) {
      const n = Number(floor)
      if (!Number.isInteger(n) || n < 1 || n > building.floors || String(n) !== floor) {
        throw invalid(`${where}[${i}].floor_access: building ${building.name} has floors 1 to ${building.floors}, not "${floor}"`)
      }
    }
    return { buildingId: building.id, floors: [...new Set(g.floor_access)] }
  })
}

export interface StaffInput {
  readonly name: string
  readonly facePictureUrls: readonly string[]
  readonly pinCodes: readonly string[]
  readonly rfCards: readonly string[]
  readonly accessGroupIds: readonly string[]
  readonly floorAccesses: readonly { building_id: string; floor_access: readonly string[] }[]
}

export function checkStaff(project: Project, input: StaffInput): StaffDraft {
  return {
    name: checkName(input.name, 'param.staff_access_name'),
    facePictureUrls: input.facePictureUrls.map((u, i) => checkPictureUrl(u, `param.faces[${i}].face_picture_url`)),
    pinCodes: input.pinCodes.map((n, i) => checkPin(n, `param.pin_codes[${i}].number`)),
    rfCards: input.rfCards.map((n, i) => checkCard(n, `param.rf_cards[${i}].number`)),
    accessGroupIds: checkGroups(project, input.accessGroupIds),
    floorAccesses: checkFloors(project, input.floorAccesses, 'param.floor_accesses'),
  }
}
