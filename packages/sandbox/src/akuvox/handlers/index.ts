import type { ParamsOf, SandboxCommand } from '../params'
import {
  batchDeleteAccessGroups,
  createAccessGroup,
  createAccessGroupAccount,
  deleteAccessGroup,
  deleteAccessGroupAccount,
  getAccessGroupDeviceList,
  getAccessGroupInfo,
  getAccessGroupList,
  updateAccessGroup,
} from './access-groups'
import type { CommandContext } from './context'
import { importStaffAccess } from './imports'
import { getImportResult, getProjectInfo, getProjectList } from './projects'
import { batchDeleteStaffAccesses, createStaffAccess, deleteStaffAccess, getStaffAccessInfo, getStaffAccessList, updateStaffAccess } from './staff'
import { getUserList } from './users'

export type CommandHandler<C extends SandboxCommand> = (ctx: CommandContext, params: ParamsOf<C>) => unknown

/** One handler per command: a command without one is a compile error. */
export const handlers: { readonly [C in SandboxCommand]: CommandHandler<C> } = {
  get_project_list: getProjectList,
  get_project_info: getProjectInfo,
  get_import_result: getImportResult,
  get_access_group_list: getAccessGroupList,
  get_access_group_info: getAccessGroupInfo,
  get_access_group_device_list: getAccessGroupDeviceList,
  create_access_group_info: createAccessGroup,
  update_access_group_info: updateAccessGroup,
  delete_access_group_info: deleteAccessGroup,
  batch_delete_access_group_info: batchDeleteAccessGroups,
  create_access_group_account_info: createAccessGroupAccount,
  delete_access_group_account_info: deleteAccessGroupAccount,
  get_staff_access_list: getStaffAccessList,
  get_staff_access_info: getStaffAccessInfo,
  create_staff_access_info: createStaffAccess,
  update_staff_access_info: updateStaffAccess,
  delete_staff_access_info: deleteStaffAccess,
  batch_delete_staff_access_info: batchDeleteStaffAccesses,
  import_staff_access_info: importStaffAccess,
  get_user_list: getUserList,
}
