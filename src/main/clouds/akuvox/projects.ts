import type { AkuvoxImportResult, AkuvoxImportType, AkuvoxPage, AkuvoxProject, AkuvoxProjectInfo } from '@shared/domain/akuvox'
import { type PagingOptions, allItems } from './paging'
import type { CallOptions, CommandRunner } from './runner'
import { importResultSchema, projectInfoSchema, projectSchema } from './schemas'

export interface PageParams {
  readonly pageSize: number
  readonly pageIndex: number
}

export interface ProjectPageParams extends PageParams {
  readonly projectId: string
}

export function projectOperations(runner: CommandRunner) {
  const getProjectList = (params: PageParams, options?: CallOptions): Promise<AkuvoxPage<AkuvoxProject>> =>
    runner.runPage(
      { command: 'get_project_list', param: { page_size: params.pageSize, page_index: params.pageIndex }, item: projectSchema, write: false },
      options,
    )

  return {
    getProjectList,

    iterateProjects: (options: PagingOptions = {}): AsyncGenerator<AkuvoxProject, void, undefined> =>
      allItems((pageIndex, pageSize, signal) => getProjectList({ pageIndex, pageSize }, { signal }), options),

    getProjectInfo: async (params: { readonly projectId: string }, options?: CallOptions): Promise<AkuvoxProjectInfo> => {
      const info = await runner.run({ command: 'get_project_info', param: { project_id: params.projectId }, result: projectInfoSchema, write: false }, options)
      return { projectId: params.projectId, ...info }
    },

    getImportResult: async (
      params: { readonly projectId: string; readonly importType: AkuvoxImportType; readonly taskId: string },
      options?: CallOptions,
    ): Promise<AkuvoxImportResult> => {
      const result = await runner.run(
        {
          command: 'get_import_result',
          param: { project_id: params.projectId, import_type: params.importType, task_id: params.taskId },
          result: importResultSchema,
          write: false,
        },
        options,
      )
      return { taskId: params.taskId, ...result }
    },
  }
}
