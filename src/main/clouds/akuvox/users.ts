import type { AkuvoxPage, AkuvoxUser } from '@shared/domain/akuvox'
import { type PagingOptions, allItems } from './paging'
import type { ProjectPageParams } from './projects'
import type { CallOptions, CommandRunner } from './runner'
import { userSchema } from './schemas'

/** `get_user_list` (docs/clouds.md#akuvox-commands): residents, with the residence and account ids group membership needs. */
export function userOperations(runner: CommandRunner) {
  const getUserList = (params: ProjectPageParams, options?: CallOptions): Promise<AkuvoxPage<AkuvoxUser>> =>
    runner.runPage(
      {
        command: 'get_user_list',
        param: { project_id: params.projectId, page_size: params.pageSize, page_index: params.pageIndex },
        item: userSchema,
        write: false,
      },
      options,
    )

  return {
    getUserList,
    iterateUsers: (projectId: string, options: PagingOptions = {}): AsyncGenerator<AkuvoxUser, void, undefined> =>
      allItems((pageIndex, pageSize, signal) => getUserList({ projectId, pageIndex, pageSize }, { signal }), options),
  }
}
