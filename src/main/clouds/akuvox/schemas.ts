import { z } from 'zod'
import {
  AKUVOX_ACCESS_GROUP_TYPES,
  AKUVOX_ACCOUNT_ROLES,
  AKUVOX_IMPORT_STATUSES,
  AKUVOX_PAYMENT_STATUSES,
  AKUVOX_REPEAT_MODES,
  type AkuvoxAccessGroupSummary,
  type AkuvoxDevice,
  type AkuvoxPage,
  type AkuvoxProject,
  type AkuvoxRelay,
  type AkuvoxStaffAccessSummary,
  type AkuvoxUser,
} from '@shared/domain/akuvox'

/*
 * Wire schemas (snake_case, as documented in seeds 000–002) that turn into the camelCase domain
 * types. Unknown fields are dropped, not refused. Ids and names are required; descriptive fields
 * the documentation lists but a real server might leave out default to empty values.
 */

/** A documented enumeration that maps a value the docs do not list to `unknown`. */
function lenientEnum<const T extends readonly [string, ...string[]]>(values: T) {
  return z.string().transform((v): T[number] | 'unknown' => ((values as readonly string[]).includes(v) ? v : 'unknown'))
}

const text = z
  .string()
  .nullish()
  .transform((v) => v ?? '')
const count = z.coerce
  .number()
  .int()
  .nonnegative()
  .nullish()
  .transform((v) => v ?? 0)
const textList = z
  .array(z.string())
  .nullish()
  .transform((v) => v ?? [])

function listOf<S extends z.ZodType>(item: S) {
  return z
    .array(item)
    .nullish()
    .transform((v): z.output<S>[] => v ?? [])
}

/**
 * A list result may be a bare array (documented) or `{list, total}` (seen in a V4.1 client).
 * Both go through one object schema so a bad item is reported with its path.
 */
export function pageOf<S extends z.ZodType>(item: S): z.ZodType<AkuvoxPage<z.output<S>>> {
  return z
    .preprocess(
      (raw) => (Array.isArray(raw) ? { list: raw, bare: true } : (raw ?? { list: [] })),
      z.object({ list: z.array(item).nullish(), total: z.coerce.number().int().nonnegative().nullish(), bare: z.literal(true).optional() }),
    )
    .transform((v) => ({ items: v.list ?? [], total: v.bare ? null : (v.total ?? null) }))
}

export const projectSchema: z.ZodType<AkuvoxProject> = z
  .object({ project_id: z.string().min(1), project_name: text })
  .transform((p) => ({ projectId: p.project_id, projectName: p.project_name }))

export const projectInfoSchema = z.object({ project_name: text }).transform((p) => ({ projectName: p.project_name }))

export const importResultSchema = z
  .object({
    created_time: text,
    file_name: text,
    import_process: z.coerce.number().min(0).max(100),
    failure_count: count,
    is_resolved: z.boolean(),
    import_status: lenientEnum(AKUVOX_IMPORT_STATUSES),
  })
  .transform((r) => ({
    createdTime: r.created_time,
    fileName: r.file_name,
    importProcess: r.import_process,
    failureCount: r.failure_count,
    isResolved: r.is_resolved,
    importStatus: r.import_status,
  }))

const relaySchema: z.ZodType<AkuvoxRelay> = z
  .object({ relay_id: z.string().min(1), relay_name: text, relay_number: z.union([z.string(), z.number()]).nullish() })
  .transform((r) => ({ relayId: r.relay_id, relayName: r.relay_name, relayNumber: r.relay_number == null ? '' : String(r.relay_number) }))

export const deviceSchema: z.ZodType<AkuvoxDevice> = z
  .object({
    device_id: z.string().min(1),
    device_name: text,
    mac: text,
    building_id: text,
    building_name: text,
    online: z.boolean(),
    device_type: text,
    relays: listOf(relaySchema),
    security_relays: listOf(relaySchema),
  })
  .transform((d) => ({
    deviceId: d.device_id,
    deviceName: d.device_name,
    mac: d.mac,
    buildingId: d.building_id,
    buildingName: d.building_name,
    online: d.online,
    deviceType: d.device_type,
    relays: d.relays,
    securityRelays: d.security_relays,
  }))

const scheduleFields = {
  repeat_mode: lenientEnum(AKUVOX_REPEAT_MODES),
  available_days: textList,
  start_time: text,
  finish_time: text,
}

export const accessGroupSummarySchema: z.ZodType<AkuvoxAccessGroupSummary> = z
  .object({
    access_group_id: z.string().min(1),
    access_group_name: z.string(),
    access_group_type: lenientEnum(AKUVOX_ACCESS_GROUP_TYPES),
    user_count: count,
    created_time: text,
    ...scheduleFields,
  })
  .transform((g) => ({
    accessGroupId: g.access_group_id,
    accessGroupName: g.access_group_name,
    accessGroupType: g.access_group_type,
    repeatMode: g.repeat_mode,
    availableDays: g.available_days,
    startTime: g.start_time,
    finishTime: g.finish_time,
    userCount: g.user_count,
    createdTime: g.created_time,
  }))

export const accessGroupInfoSchema = z
  .object({
    access_group_name: z.string(),
    access_group_type: lenientEnum(AKUVOX_ACCESS_GROUP_TYPES),
    created_time: text,
    devices: listOf(deviceSchema),
    ...scheduleFields,
  })
  .transform((g) => ({
    accessGroupName: g.access_group_name,
    accessGroupType: g.access_group_type,
    repeatMode: g.repeat_mode,
    availableDays: g.available_days,
    startTime: g.start_time,
    finishTime: g.finish_time,
    createdTime: g.created_time,
    devices: g.devices,
  }))

export const userSchema: z.ZodType<AkuvoxUser> = z
  .object({
    residence_id: z.string().min(1),
    family_name: text,
    residence_no: z.union([z.string(), z.number()]).nullish(),
    building_id: text,
    building_name: text,
    account_id: z.string().min(1),
    account_name: text,
    first_name: text,
    last_name: text,
    email: text,
    phone: text,
    auth: lenientEnum(AKUVOX_ACCOUNT_ROLES),
    region: text,
    payment_status: lenientEnum(AKUVOX_PAYMENT_STATUSES).nullish(),
  })
  .transform((u) => ({
    residenceId: u.residence_id,
    familyName: u.family_name,
    residenceNo: u.residence_no == null ? '' : String(u.residence_no),
    buildingId: u.building_id,
    buildingName: u.building_name,
    accountId: u.account_id,
    accountName: u.account_name,
    firstName: u.first_name,
    lastName: u.last_name,
    email: u.email,
    phone: u.phone,
    auth: u.auth,
    region: u.region,
    paymentStatus: u.payment_status ?? 'unknown',
  }))

const faceSchema = z.object({ face_id: z.string().min(1) }).transform((f) => ({ faceId: f.face_id }))
const pinSchema = z.object({ pin_code_id: z.string().min(1), number: z.string() }).transform((p) => ({ pinCodeId: p.pin_code_id, number: p.number }))
const cardSchema = z.object({ rf_card_id: z.string().min(1), number: z.string() }).transform((c) => ({ rfCardId: c.rf_card_id, number: c.number }))

const staffCommon = {
  staff_access_name: z.string(),
  created_time: text,
  faces: listOf(faceSchema),
  pin_codes: listOf(pinSchema),
  rf_cards: listOf(cardSchema),
}

export const staffSummarySchema: z.ZodType<AkuvoxStaffAccessSummary> = z
  .object({
    staff_access_id: z.string().min(1),
    ...staffCommon,
    access_groups: listOf(z.object({ access_group_name: z.string() })),
    floor_accesses: listOf(z.object({ building_name: text, floor_access: textList })),
  })
  .transform((s) => ({
    staffAccessId: s.staff_access_id,
    staffAccessName: s.staff_access_name,
    createdTime: s.created_time,
    faces: s.faces,
    pinCodes: s.pin_codes,
    rfCards: s.rf_cards,
    accessGroupNames: s.access_groups.map((g) => g.access_group_name),
    floorAccesses: s.floor_accesses.map((f) => ({ buildingName: f.building_name, floors: f.floor_access })),
  }))

export const staffInfoSchema = z
  .object({
    ...staffCommon,
    access_groups: listOf(
      z.object({ access_group_id: z.string().min(1), access_group_name: z.string(), access_group_type: lenientEnum(AKUVOX_ACCESS_GROUP_TYPES) }),
    ),
    floor_accesses: listOf(z.object({ building_id: z.string().min(1), building_name: text, floor_access: textList })),
  })
  .transform((s) => ({
    staffAccessName: s.staff_access_name,
    createdTime: s.created_time,
    faces: s.faces,
    pinCodes: s.pin_codes,
    rfCards: s.rf_cards,
    accessGroups: s.access_groups.map((g) => ({
      accessGroupId: g.access_group_id,
      accessGroupName: g.access_group_name,
      accessGroupType: g.access_group_type,
    })),
    floorAccesses: s.floor_accesses.map((f) => ({ buildingId: f.building_id, buildingName: f.building_name, floors: f.floor_access })),
  }))

export const createdAccessGroupSchema = z.object({ access_group_id: z.string().min(1) }).transform((r) => r.access_group_id)
export const createdStaffSchema = z.object({ staff_access_id: z.string().min(1) }).transform((r) => r.staff_access_id)
export const importTaskSchema = z.object({ task_id: z.string().min(1) }).transform((r) => r.task_id)
/** Writes answer `{}`; whatever comes back is accepted once `success` is true. */
export const emptyResultSchema = z.unknown().transform(() => undefined)
