import type {
  AkuvoxFaceChange,
  AkuvoxFloorAccessInput,
  AkuvoxPage,
  AkuvoxStaffAccess,
  AkuvoxStaffAccessInput,
  AkuvoxStaffAccessSummary,
  AkuvoxStaffAccessUpdate,
  AkuvoxStaffImport,
} from '@shared/domain/akuvox'
import type { Logger } from '../../log/logger'
import { createOnce } from './create-once'
import { staffMatches } from './matching'
import { MAX_PAGE_SIZE, type PagingOptions, allItems } from './paging'
import type { ProjectPageParams } from './projects'
import type { CallOptions, CommandRunner } from './runner'
import { createdStaffSchema, emptyResultSchema, importTaskSchema, staffInfoSchema, staffSummarySchema } from './schemas'

type StaffRef = { readonly projectId: string; readonly staffAccessId: string }

function floorsParam(floors: readonly AkuvoxFloorAccessInput[]): Record<string, unknown>[] {
  return floors.map((f) => ({ building_id: f.buildingId, floor_access: f.floors }))
}

/** Optional lists are sent only when given, so an update leaves what it does not mention alone. */
function credentialsParam(input: Omit<AkuvoxStaffAccessInput, 'facePictureUrls'>): Record<string, unknown> {
  return {
    project_id: input.projectId,
    staff_access_name: input.staffAccessName,
    ...(input.pinCodes !== undefined ? { pin_codes: input.pinCodes.map((number) => ({ number })) } : {}),
    ...(input.rfCards !== undefined ? { rf_cards: input.rfCards.map((number) => ({ number })) } : {}),
    access_groups: input.accessGroupIds.map((access_group_id) => ({ access_group_id })),
    ...(input.floorAccesses !== undefined ? { floor_accesses: floorsParam(input.floorAccesses) } : {}),
  }
}

function faceChangesParam(faces: readonly AkuvoxFaceChange[]): Record<string, unknown>[] {
  return faces.map((f) => ({ face_picture_url: f.facePictureUrl, is_deleted: f.kind === 'remove' }))
}

const MAX_CANDIDATES = 3

export function staffOperations(runner: CommandRunner, logger: Logger) {
  const getStaffAccessList = (params: ProjectPageParams, options?: CallOptions): Promise<AkuvoxPage<AkuvoxStaffAccessSummary>> =>
    runner.runPage(
      {
        command: 'get_staff_access_list',
        param: { project_id: params.projectId, page_size: params.pageSize, page_index: params.pageIndex },
        item: staffSummarySchema,
        write: false,
      },
      options,
    )

  const iterateStaffAccesses = (projectId: string, options: PagingOptions = {}): AsyncGenerator<AkuvoxStaffAccessSummary, void, undefined> =>
    allItems((pageIndex, pageSize, signal) => getStaffAccessList({ projectId, pageIndex, pageSize }, { signal }), options)

  const getStaffAccessInfo = async (params: StaffRef, options?: CallOptions): Promise<AkuvoxStaffAccess> => {
    const info = await runner.run(
      {
        command: 'get_staff_access_info',
        param: { project_id: params.projectId, staff_access_id: params.staffAccessId },
        result: staffInfoSchema,
        write: false,
      },
      options,
    )
    return { staffAccessId: params.staffAccessId, ...info }
  }

  const findCreated = async (input: AkuvoxStaffAccessInput, signal?: AbortSignal): Promise<string | null> => {
    const candidates: AkuvoxStaffAccessSummary[] = []
    for await (const staff of iterateStaffAccesses(input.projectId, { pageSize: MAX_PAGE_SIZE, signal })) {
      if (staff.staffAccessName === input.staffAccessName) candidates.push(staff)
    }
    candidates.sort((a, b) => b.createdTime.localeCompare(a.createdTime))
    for (const candidate of candidates.slice(0, MAX_CANDIDATES)) {
      const info = await getStaffAccessInfo({ projectId: input.projectId, staffAccessId: candidate.staffAccessId }, { signal })
      if (staffMatches(info, input)) return candidate.staffAccessId
    }
    return null
  }

  return {
    getStaffAccessList,
    iterateStaffAccesses,
    getStaffAccessInfo,

    /** The staff access this create would have made, if the cloud has it (name, credentials, groups, floors). */
    findCreatedStaffAccess: (input: AkuvoxStaffAccessInput, options: CallOptions = {}): Promise<string | null> => findCreated(input, options.signal),

    createStaffAccess: async (input: AkuvoxStaffAccessInput, options: CallOptions = {}): Promise<{ readonly staffAccessId: string }> => {
      const param = {
        ...credentialsParam(input),
        ...(input.facePictureUrls !== undefined ? { faces: input.facePictureUrls.map((face_picture_url) => ({ face_picture_url })) } : {}),
      }
      const staffAccessId = await createOnce({
        what: `staff access "${input.staffAccessName}"`,
        name: input.staffAccessName,
        logger,
        signal: options.signal,
        create: () => runner.run({ command: 'create_staff_access_info', param, result: createdStaffSchema, write: true }, options),
        lookup: () => findCreated(input, options.signal),
      })
      return { staffAccessId }
    },

    updateStaffAccess: (input: AkuvoxStaffAccessUpdate, options?: CallOptions): Promise<void> =>
      runner.run(
        {
          command: 'update_staff_access_info',
          param: {
            ...credentialsParam(input),
            staff_access_id: input.staffAccessId,
            ...(input.faces !== undefined ? { faces: faceChangesParam(input.faces) } : {}),
          },
          result: emptyResultSchema,
          write: true,
        },
        options,
      ),

    deleteStaffAccess: (params: StaffRef, options?: CallOptions): Promise<void> =>
      runner.run(
        {
          command: 'delete_staff_access_info',
          param: { project_id: params.projectId, staff_access_id: params.staffAccessId },
          result: emptyResultSchema,
          write: true,
        },
        options,
      ),

    batchDeleteStaffAccesses: (params: { readonly projectId: string; readonly staffAccessIds: readonly string[] }, options?: CallOptions): Promise<void> =>
      runner.run(
        {
          command: 'batch_delete_staff_access_info',
          param: { project_id: params.projectId, staff_accesses: params.staffAccessIds.map((staff_access_id) => ({ staff_access_id })) },
          result: emptyResultSchema,
          write: true,
        },
        options,
      ),

    /**
     * Starts a server-side import; follow it with `getImportResult(importType 'staff_access_info')`.
     * Not retried after an unclear failure: there is no command to find an import task again.
     */
    importStaffAccess: async (input: AkuvoxStaffImport, options?: CallOptions): Promise<{ readonly taskId: string }> => {
      const taskId = await runner.run(
        {
          command: 'import_staff_access_info',
          param: { project_id: input.projectId, file_name: input.fileName, file_url: input.fileUrl },
          result: importTaskSchema,
          write: true,
        },
        options,
      )
      return { taskId }
    },
  }
}
