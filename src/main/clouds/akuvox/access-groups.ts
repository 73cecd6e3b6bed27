import type {
  AkuvoxAccessGroup,
  AkuvoxAccessGroupDeviceInput,
  AkuvoxAccessGroupInput,
  AkuvoxAccessGroupMembership,
  AkuvoxAccessGroupMembershipRemoval,
  AkuvoxAccessGroupSummary,
  AkuvoxAccessGroupUpdate,
  AkuvoxDevice,
  AkuvoxPage,
} from '@shared/domain/akuvox'
import type { Logger } from '../../log/logger'
import { createOnce } from './create-once'
import { accessGroupLooksLike, accessGroupMatches } from './matching'
import { MAX_PAGE_SIZE, type PagingOptions, allItems } from './paging'
import type { ProjectPageParams } from './projects'
import type { CallOptions, CommandRunner } from './runner'
import { accessGroupInfoSchema, accessGroupSummarySchema, createdAccessGroupSchema, deviceSchema, emptyResultSchema } from './schemas'

function deviceParam(d: AkuvoxAccessGroupDeviceInput): Record<string, unknown> {
  return {
    building_id: d.buildingId,
    device_id: d.deviceId,
    mac: d.mac,
    relays: d.relayIds.map((relay_id) => ({ relay_id })),
    security_relays: d.securityRelayIds.map((relay_id) => ({ relay_id })),
  }
}

function groupParam(input: AkuvoxAccessGroupInput): Record<string, unknown> {
  return {
    project_id: input.projectId,
    access_group_name: input.accessGroupName,
    devices: input.devices.map(deviceParam),
    repeat_mode: input.repeatMode,
    ...(input.availableDays !== undefined ? { available_days: input.availableDays } : {}),
    start_time: input.startTime,
    finish_time: input.finishTime,
  }
}

/** How many same-named groups to open when checking whether an unconfirmed create went through. */
const MAX_CANDIDATES = 3

export function accessGroupOperations(runner: CommandRunner, logger: Logger) {
  const getAccessGroupList = (params: ProjectPageParams, options?: CallOptions): Promise<AkuvoxPage<AkuvoxAccessGroupSummary>> =>
    runner.runPage(
      {
        command: 'get_access_group_list',
        param: { project_id: params.projectId, page_size: params.pageSize, page_index: params.pageIndex },
        item: accessGroupSummarySchema,
        write: false,
      },
      options,
    )

  const iterateAccessGroups = (projectId: string, options: PagingOptions = {}): AsyncGenerator<AkuvoxAccessGroupSummary, void, undefined> =>
    allItems((pageIndex, pageSize, signal) => getAccessGroupList({ projectId, pageIndex, pageSize }, { signal }), options)

  const getAccessGroupInfo = async (
    params: { readonly projectId: string; readonly accessGroupId: string },
    options?: CallOptions,
  ): Promise<AkuvoxAccessGroup> => {
    const info = await runner.run(
      {
        command: 'get_access_group_info',
        param: { project_id: params.projectId, access_group_id: params.accessGroupId },
        result: accessGroupInfoSchema,
        write: false,
      },
      options,
    )
    return { accessGroupId: params.accessGroupId, ...info }
  }

  const findCreated = async (input: AkuvoxAccessGroupInput, signal?: AbortSignal): Promise<string | null> => {
    const candidates: AkuvoxAccessGroupSummary[] = []
    for await (const group of iterateAccessGroups(input.projectId, { pageSize: MAX_PAGE_SIZE, signal })) {
      if (accessGroupLooksLike(group, input)) candidates.push(group)
    }
    candidates.sort((a, b) => b.createdTime.localeCompare(a.createdTime))
    for (const candidate of candidates.slice(0, MAX_CANDIDATES)) {
      const info = await getAccessGroupInfo({ projectId: input.projectId, accessGroupId: candidate.accessGroupId }, { signal })
      if (accessGroupMatches(info, input)) return candidate.accessGroupId
    }
    return null
  }

  return {
    getAccessGroupList,
    iterateAccessGroups,
    getAccessGroupInfo,

    getAccessGroupDeviceList: async (params: { readonly projectId: string }, options?: CallOptions): Promise<readonly AkuvoxDevice[]> => {
      const page = await runner.runPage(
        { command: 'get_access_group_device_list', param: { project_id: params.projectId }, item: deviceSchema, write: false },
        options,
      )
      return page.items
    },

    createAccessGroup: async (input: AkuvoxAccessGroupInput, options: CallOptions = {}): Promise<{ readonly accessGroupId: string }> => {
      const accessGroupId = await createOnce({
        what: `access group "${input.accessGroupName}"`,
        name: input.accessGroupName,
        logger,
        signal: options.signal,
        create: () => runner.run({ command: 'create_access_group_info', param: groupParam(input), result: createdAccessGroupSchema, write: true }, options),
        lookup: () => findCreated(input, options.signal),
      })
      return { accessGroupId }
    },

    updateAccessGroup: (input: AkuvoxAccessGroupUpdate, options?: CallOptions): Promise<void> =>
      runner.run(
        {
          command: 'update_access_group_info',
          param: { ...groupParam(input), access_group_id: input.accessGroupId },
          result: emptyResultSchema,
          write: true,
        },
        options,
      ),

    deleteAccessGroup: (params: { readonly projectId: string; readonly accessGroupId: string }, options?: CallOptions): Promise<void> =>
      runner.run(
        {
          command: 'delete_access_group_info',
          param: { project_id: params.projectId, access_group_id: params.accessGroupId },
          result: emptyResultSchema,
          write: true,
        },
        options,
      ),

    batchDeleteAccessGroups: (params: { readonly projectId: string; readonly accessGroupIds: readonly string[] }, options?: CallOptions): Promise<void> =>
      runner.run(
        {
          command: 'batch_delete_access_group_info',
          param: { project_id: params.projectId, access_groups: params.accessGroupIds.map((access_group_id) => ({ access_group_id })) },
          result: emptyResultSchema,
          write: true,
        },
        options,
      ),

    createAccessGroupAccount: (params: AkuvoxAccessGroupMembership, options?: CallOptions): Promise<void> =>
      runner.run(
        {
          command: 'create_access_group_account_info',
          param: {
            project_id: params.projectId,
            access_group_id: params.accessGroupId,
            residence_id: params.residenceId,
            account_id: params.accountId,
          },
          result: emptyResultSchema,
          write: true,
        },
        options,
      ),

    deleteAccessGroupAccount: (params: AkuvoxAccessGroupMembershipRemoval, options?: CallOptions): Promise<void> =>
      runner.run(
        {
          command: 'delete_access_group_account_info',
          param: {
            project_id: params.projectId,
            access_group_id: params.accessGroupId,
            residence_id: params.residenceId,
            building_id: params.buildingId,
            account_id: params.accountId,
          },
          result: emptyResultSchema,
          write: true,
        },
        options,
      ),
  }
}
