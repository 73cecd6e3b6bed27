/**
 * The kinds of device Fieldkey names, and the words each cloud uses for them. The clouds send a
 * device type as free text (Akuvox documents five values; Tuya has one kind of access
 * controller); the cache keeps the text as the cloud sent it, and the UI shows the kind in the
 * installer's language, or "Other (…)" with the cloud's text when it is none of these.
 */

export const DEVICE_KINDS = ['multiTenantDoorphone', 'singleTenantDoorphone', 'indoorMonitor', 'guardPhone', 'accessControl', 'tuyaAccessController'] as const

export type DeviceKind = (typeof DEVICE_KINDS)[number]

/** What the devices list can filter by: a kind, or every device whose type is none of them. */
export const DEVICE_TYPE_FILTERS = [...DEVICE_KINDS, 'other'] as const
export type DeviceTypeFilter = (typeof DEVICE_TYPE_FILTERS)[number]

/** Each kind's words as the clouds send them (Akuvox seed 001's `device_type`; the Tuya cache's own word). */
const CLOUD_WORDS: Readonly<Record<DeviceKind, readonly string[]>> = {
  multiTenantDoorphone: ['Multi-tenants Doorphone'],
  singleTenantDoorphone: ['Single-tenant Doorphone'],
  indoorMonitor: ['Indoor Monitor'],
  guardPhone: ['Guard Phone'],
  accessControl: ['Access Control'],
  tuyaAccessController: ['Tuya access controller'],
}

/** The word Fieldkey's cache writes for a Tuya door controller (Tuya sends no type for them). */
export const TUYA_ACCESS_CONTROLLER = 'Tuya access controller'

export type CloudDeviceType = { readonly kind: 'known'; readonly type: DeviceKind } | { readonly kind: 'other'; readonly raw: string }

/** Matching ignores case and surrounding spaces, as SQLite's `lower(trim(…))` does (`cloudWordsOf`). */
const normalise = (word: string): string => word.trim().toLowerCase()

const KIND_OF_WORD: ReadonlyMap<string, DeviceKind> = new Map(DEVICE_KINDS.flatMap((kind) => CLOUD_WORDS[kind].map((word) => [normalise(word), kind] as const)))

/** A cloud's device type as one of the kinds, or `other` with the cloud's text (trimmed). */
export function deviceTypeOf(raw: string): CloudDeviceType {
  const type = KIND_OF_WORD.get(normalise(raw))
  return type === undefined ? { kind: 'other', raw: raw.trim() } : { kind: 'known', type }
}

/** The cloud words of a kind, lower-cased and trimmed: what `lower(trim(device_type))` is compared with. */
export function cloudWordsOf(kind: DeviceKind): readonly string[] {
  return CLOUD_WORDS[kind].map(normalise)
}

/** Every known cloud word, lower-cased and trimmed: a device whose type is none of them is "other". */
export function allCloudWords(): readonly string[] {
  return DEVICE_KINDS.flatMap(cloudWordsOf)
}
