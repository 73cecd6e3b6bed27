import Papa from 'papaparse'
import { CommandFailure } from './failure'
import { checkStaff } from './handlers/staff-rules'
import type { Project, StaffDraft } from './model'

/** The staff-import file layout is documented in README.md for people preparing files. */
const REQUIRED = ['staff_access_name', 'access_groups'] as const

export interface ParsedStaffFile {
  readonly rowCount: number
  readonly accepted: readonly StaffDraft[]
  readonly failureCount: number
  /** Set when the file as a whole cannot be read; rows are then not counted. */
  readonly fileError: string | null
}

const list = (cell: string | undefined): string[] =>
  (cell ?? '')
    .split(';')
    .map((v) => v.trim())
    .filter((v) => v !== '')

/** A cell value naming a group or building by id, or else by its exact (unique) name. */
function byIdOrName<T extends { id: string; name: string }>(items: Iterable<T>, key: string, what: string): T {
  const all = [...items]
  const byId = all.find((i) => i.id === key)
  if (byId) return byId
  const named = all.filter((i) => i.name === key)
  if (named.length === 1) return named[0] as T
  throw new CommandFailure(
    named.length > 1 ? 'invalid_param' : 'not_found',
    named.length > 1 ? `${what} name "${key}" is ambiguous` : `${what} ${key} not found`,
  )
}

function rowDraft(project: Project, row: Readonly<Record<string, string | undefined>>): StaffDraft {
  return checkStaff(project, {
    name: row.staff_access_name ?? '',
    facePictureUrls: list(row.face_picture_urls),
    pinCodes: list(row.pin_codes),
    rfCards: list(row.rf_cards),
    accessGroupIds: list(row.access_groups).map((g) => byIdOrName(project.accessGroups.values(), g, 'access group').id),
    floorAccesses: list(row.floor_accesses).map((grant) => {
      const [building = '', floors = ''] = grant.split(':')
      return {
        building_id: byIdOrName(project.buildings.values(), building.trim(), 'building').id,
        floor_access: floors
          .split('|')
          .map((f) => f.trim())
          .filter((f) => f !== ''),
      }
    }),
  })
}

export function readStaffCsv(text: string, project: Project): ParsedStaffFile {
  const parsed = Papa.parse<Record<string, string | undefined>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim().toLowerCase(),
  })
  const headers = parsed.meta.fields ?? []
  const missing = REQUIRED.filter((c) => !headers.includes(c))
  if (missing.length > 0) return { rowCount: 0, accepted: [], failureCount: 0, fileError: `missing column(s): ${missing.join(', ')}` }
  const badRows = new Set(parsed.errors.map((e) => e.row).filter((r): r is number => r !== undefined))
  const accepted: StaffDraft[] = []
  let failureCount = 0
  parsed.data.forEach((row, index) => {
    if (badRows.has(index)) {
      failureCount++
      return
    }
    try {
      const draft = rowDraft(project, row)
      // An import row must grant something, like the create command's required access_groups.
      if (draft.accessGroupIds.length === 0) throw new CommandFailure('invalid_param', 'access_groups is empty')
      accepted.push(draft)
    } catch (error) {
      if (!(error instanceof CommandFailure)) throw error
      failureCount++
    }
  })
  return { rowCount: parsed.data.length, accepted, failureCount, fileError: null }
}
