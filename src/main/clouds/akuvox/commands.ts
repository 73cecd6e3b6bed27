/** The manager-commands this client speaks: the 19 of seeds 000–002 plus `get_user_list` (docs/clouds.md#akuvox-commands). */
export const AKUVOX_COMMANDS = [
  'get_project_list',
  'get_project_info',
  'get_import_result',
  'get_access_group_list',
  'get_access_group_info',
  'get_access_group_device_list',
  'create_access_group_info',
  'update_access_group_info',
  'delete_access_group_info',
  'batch_delete_access_group_info',
  'create_access_group_account_info',
  'delete_access_group_account_info',
  'get_staff_access_list',
  'get_staff_access_info',
  'create_staff_access_info',
  'update_staff_access_info',
  'delete_staff_access_info',
  'batch_delete_staff_access_info',
  'import_staff_access_info',
  'get_user_list',
] as const

export type AkuvoxCommand = (typeof AKUVOX_COMMANDS)[number]
