/**
 * What the Akuvox/Akubela client returns and takes: camelCase, readonly, free of wire details.
 * Field meanings follow the vendor's manager-commands documentation (seed documents 000–002 and
 * docs/clouds.md#akuvox-commands). Ids are opaque strings: the vendor's examples do not keep to one shape.
 */

/**
 * A device type as the cloud words it (seed 001 lists five); kept as sent, so a type the
 * documentation does not list is still shown, and `device-types.ts` names the kinds.
 */
export type AkuvoxDeviceType = string

export const AKUVOX_REPEAT_MODES = ['never', 'daily', 'weekly'] as const
export type AkuvoxRepeatMode = (typeof AKUVOX_REPEAT_MODES)[number]

export const AKUVOX_ACCESS_GROUP_TYPES = ['system', 'customized'] as const
export type AkuvoxAccessGroupType = (typeof AKUVOX_ACCESS_GROUP_TYPES)[number] | 'unknown'

export const AKUVOX_IMPORT_TYPES = ['user_info', 'user_pin_code_and_rf_card_access_info', 'user_face_access_info', 'staff_access_info'] as const
export type AkuvoxImportType = (typeof AKUVOX_IMPORT_TYPES)[number]

export const AKUVOX_IMPORT_STATUSES = ['not_resolved', 'importing', 'success', 'partial_failure', 'failure'] as const
export type AkuvoxImportStatus = (typeof AKUVOX_IMPORT_STATUSES)[number] | 'unknown'

export const AKUVOX_ACCOUNT_ROLES = ['admin', 'user', 'guest'] as const
export type AkuvoxAccountRole = (typeof AKUVOX_ACCOUNT_ROLES)[number] | 'unknown'

export const AKUVOX_PAYMENT_STATUSES = ['inactivated', 'normal', 'expired'] as const
export type AkuvoxPaymentStatus = (typeof AKUVOX_PAYMENT_STATUSES)[number] | 'unknown'

/** One page of a list command; `total` only when the server says it (the `{list, total}` variant). */
export interface AkuvoxPage<T> {
  readonly items: readonly T[]
  readonly total: number | null
}

export interface AkuvoxProject {
  readonly projectId: string
  readonly projectName: string
}

export interface AkuvoxProjectInfo {
  readonly projectId: string
  readonly projectName: string
}

export interface AkuvoxImportResult {
  readonly taskId: string
  readonly createdTime: string
  readonly fileName: string
  /** 0–100. */
  readonly importProcess: number
  readonly failureCount: number
  readonly isResolved: boolean
  readonly importStatus: AkuvoxImportStatus
}

export interface AkuvoxRelay {
  readonly relayId: string
  readonly relayName: string
  readonly relayNumber: string
}

export interface AkuvoxDevice {
  readonly deviceId: string
  readonly deviceName: string
  readonly mac: string
  readonly buildingId: string
  readonly buildingName: string
  readonly online: boolean
  readonly deviceType: AkuvoxDeviceType
  readonly relays: readonly AkuvoxRelay[]
  readonly securityRelays: readonly AkuvoxRelay[]
}

/** A schedule: `startTime`/`finishTime` are UTC strings as the server sends them. */
export interface AkuvoxSchedule {
  readonly repeatMode: AkuvoxRepeatMode | 'unknown'
  readonly availableDays: readonly string[]
  readonly startTime: string
  readonly finishTime: string
}

export interface AkuvoxAccessGroupSummary extends AkuvoxSchedule {
  readonly accessGroupId: string
  readonly accessGroupName: string
  readonly accessGroupType: AkuvoxAccessGroupType
  readonly userCount: number
  readonly createdTime: string
}

export interface AkuvoxAccessGroup extends AkuvoxSchedule {
  readonly accessGroupId: string
  readonly accessGroupName: string
  readonly accessGroupType: AkuvoxAccessGroupType
  readonly createdTime: string
  readonly devices: readonly AkuvoxDevice[]
}

/** The doors of one device an access group opens. */
export interface AkuvoxAccessGroupDeviceInput {
  readonly deviceId: string
  readonly buildingId: string
  readonly mac: string
  readonly relayIds: readonly string[]
  readonly securityRelayIds: readonly string[]
}

export interface AkuvoxAccessGroupInput {
  readonly projectId: string
  readonly accessGroupName: string
  readonly devices: readonly AkuvoxAccessGroupDeviceInput[]
  readonly repeatMode: AkuvoxRepeatMode
  readonly availableDays?: readonly string[]
  readonly startTime: string
  readonly finishTime: string
}

export interface AkuvoxAccessGroupUpdate extends AkuvoxAccessGroupInput {
  readonly accessGroupId: string
}

/** A resident as `get_user_list` reports it: one row per account of a residence. */
export interface AkuvoxUser {
  readonly residenceId: string
  readonly familyName: string
  readonly residenceNo: string
  readonly buildingId: string
  readonly buildingName: string
  readonly accountId: string
  readonly accountName: string
  readonly firstName: string
  readonly lastName: string
  readonly email: string
  readonly phone: string
  readonly auth: AkuvoxAccountRole
  readonly region: string
  readonly paymentStatus: AkuvoxPaymentStatus
}

export interface AkuvoxAccessGroupMembership {
  readonly projectId: string
  readonly accessGroupId: string
  readonly residenceId: string
  readonly accountId: string
}

export interface AkuvoxAccessGroupMembershipRemoval extends AkuvoxAccessGroupMembership {
  readonly buildingId: string
}

export interface AkuvoxFace {
  readonly faceId: string
}

export interface AkuvoxPinCode {
  readonly pinCodeId: string
  readonly number: string
}

export interface AkuvoxRfCard {
  readonly rfCardId: string
  readonly number: string
}

export interface AkuvoxFloorAccessSummary {
  readonly buildingName: string
  readonly floors: readonly string[]
}

export interface AkuvoxFloorAccess extends AkuvoxFloorAccessSummary {
  readonly buildingId: string
}

export interface AkuvoxStaffAccessSummary {
  readonly staffAccessId: string
  readonly staffAccessName: string
  readonly createdTime: string
  readonly faces: readonly AkuvoxFace[]
  readonly pinCodes: readonly AkuvoxPinCode[]
  readonly rfCards: readonly AkuvoxRfCard[]
  readonly accessGroupNames: readonly string[]
  readonly floorAccesses: readonly AkuvoxFloorAccessSummary[]
}

export interface AkuvoxStaffAccessGroupRef {
  readonly accessGroupId: string
  readonly accessGroupName: string
  readonly accessGroupType: AkuvoxAccessGroupType
}

export interface AkuvoxStaffAccess {
  readonly staffAccessId: string
  readonly staffAccessName: string
  readonly createdTime: string
  readonly faces: readonly AkuvoxFace[]
  readonly pinCodes: readonly AkuvoxPinCode[]
  readonly rfCards: readonly AkuvoxRfCard[]
  readonly accessGroups: readonly AkuvoxStaffAccessGroupRef[]
  readonly floorAccesses: readonly AkuvoxFloorAccess[]
}

export interface AkuvoxFloorAccessInput {
  readonly buildingId: string
  readonly floors: readonly string[]
}

export interface AkuvoxStaffAccessInput {
  readonly projectId: string
  readonly staffAccessName: string
  readonly facePictureUrls?: readonly string[]
  readonly pinCodes?: readonly string[]
  readonly rfCards?: readonly string[]
  readonly accessGroupIds: readonly string[]
  readonly floorAccesses?: readonly AkuvoxFloorAccessInput[]
}

/** Faces on update: add a picture, or remove the one with this URL. */
export type AkuvoxFaceChange = { readonly kind: 'add'; readonly facePictureUrl: string } | { readonly kind: 'remove'; readonly facePictureUrl: string }

export interface AkuvoxStaffAccessUpdate extends Omit<AkuvoxStaffAccessInput, 'facePictureUrls'> {
  readonly staffAccessId: string
  readonly faces?: readonly AkuvoxFaceChange[]
}

export interface AkuvoxStaffImport {
  readonly projectId: string
  readonly fileName: string
  readonly fileUrl: string
}
