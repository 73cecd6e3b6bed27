/**
 * The staff-import columns and how a file's headers map onto them. The template the installer
 * saves is only the mapping (and a version), so a supplier's spreadsheet maps the same way next
 * time. Header names compare without case, spaces, dashes or underscores.
 */
export const STAFF_FIELDS = ['name', 'accessGroups', 'pinCodes', 'rfCards', 'faceUrls', 'floorAccesses'] as const
export type StaffField = (typeof STAFF_FIELDS)[number]

export const REQUIRED_FIELDS: readonly StaffField[] = ['name', 'accessGroups']

/** Field → the header of the file it is read from; an absent field is not in the file. */
export type ColumnMapping = Readonly<Partial<Record<StaffField, string>>>

export interface ImportTemplate {
  readonly version: 1
  readonly mapping: ColumnMapping
}

/** The names the sandbox's import file uses come first: a file made for `import_staff_access_info` maps itself. */
const ALIASES: Readonly<Record<StaffField, readonly string[]>> = {
  name: ['staff_access_name', 'name', 'full name', 'staff', 'person', '姓名', '名字', '员工姓名', '员工权限名称'],
  accessGroups: ['access_groups', 'access group', 'groups', 'group', '权限组'],
  pinCodes: ['pin_codes', 'pin', 'pin code', 'pins', 'pin码', '密码'],
  rfCards: ['rf_cards', 'rf card', 'card', 'cards', 'card number', 'card no', '卡号', '射频卡'],
  faceUrls: ['face_picture_urls', 'face', 'face url', 'photo', 'picture', '人脸', '人脸图片'],
  floorAccesses: ['floor_accesses', 'floors', 'floor access', '楼层', '楼层权限'],
}

const squash = (header: string): string =>
  header
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '')

/** The template's mapping where its headers are in the file, else a header that names the field. */
export function guessMapping(headers: readonly string[], template: ImportTemplate | null): ColumnMapping {
  const byName = new Map(headers.map((h) => [squash(h), h]))
  const mapping: Partial<Record<StaffField, string>> = {}
  const used = new Set<string>()
  for (const field of STAFF_FIELDS) {
    const saved = template?.mapping[field]
    const candidates = [...(saved !== undefined ? [saved] : []), ...ALIASES[field]]
    const header = candidates.map((c) => byName.get(squash(c))).find((h) => h !== undefined && !used.has(h))
    if (header !== undefined) {
      mapping[field] = header
      used.add(header)
    }
  }
  return mapping
}

export interface MappingReport {
  /** Required fields with no column: nothing can be imported until they are mapped. */
  readonly missingRequired: readonly StaffField[]
  /** Columns of the file no field reads: ignored, and said so. */
  readonly ignoredHeaders: readonly string[]
  /** Fields mapped to a header this file does not have (a template from another file). */
  readonly unknownHeaders: readonly StaffField[]
}

export function mappingReport(headers: readonly string[], mapping: ColumnMapping): MappingReport {
  const present = new Set(headers)
  const mapped = new Set(Object.values(mapping))
  return {
    missingRequired: REQUIRED_FIELDS.filter((f) => mapping[f] === undefined || !present.has(mapping[f] as string)),
    ignoredHeaders: headers.filter((h) => !mapped.has(h) && h.trim() !== ''),
    unknownHeaders: STAFF_FIELDS.filter((f) => mapping[f] !== undefined && !present.has(mapping[f] as string)),
  }
}

export function parseTemplate(json: string | null): ImportTemplate | null {
  if (json === null) return null
  try {
    const value: unknown = JSON.parse(json)
    if (typeof value !== 'object' || value === null || !('version' in value) || value.version !== 1 || !('mapping' in value)) return null
    const raw = value.mapping
    if (typeof raw !== 'object' || raw === null) return null
    const mapping: Partial<Record<StaffField, string>> = {}
    for (const field of STAFF_FIELDS) {
      const header: unknown = (raw as Record<string, unknown>)[field]
      if (typeof header === 'string') mapping[field] = header
    }
    return { version: 1, mapping }
  } catch {
    return null
  }
}
