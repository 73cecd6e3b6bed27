/*
 * The Akuvox enumerations the sandbox serves and checks, written from the API documents (not
 * from the client): each list names its source.
 */

/** Seed 001, `get_access_group_device_list` / `get_device_list`: the `device_type` row. */
export const DEVICE_TYPES = ['Multi-tenants Doorphone', 'Single-tenant Doorphone', 'Indoor Monitor', 'Guard Phone', 'Access Control'] as const
export type DeviceType = (typeof DEVICE_TYPES)[number]

/** Seed 001, create/update access group: `repeat_mode` is "never or daily or weekly". */
export const REPEAT_MODES = ['never', 'daily', 'weekly'] as const
export type RepeatMode = (typeof REPEAT_MODES)[number]

/** Seed 000, `get_import_result` request: the `import_type` row. */
export const IMPORT_TYPES = ['user_info', 'user_pin_code_and_rf_card_access_info', 'user_face_access_info', 'staff_access_info'] as const
export type ImportType = (typeof IMPORT_TYPES)[number]

/** Seed 000, `get_import_result` answer: the `import_status` row. */
export type ImportStatus = 'not_resolved' | 'importing' | 'success' | 'partial_failure' | 'failure'

/** docs/clouds.md "Akuvox commands" (`get_user_list`): account `auth`. */
export type AccountRole = 'admin' | 'user' | 'guest'

/** docs/clouds.md "Akuvox commands" (`get_user_list`): `payment_status`. */
export type PaymentStatus = 'inactivated' | 'normal' | 'expired'
