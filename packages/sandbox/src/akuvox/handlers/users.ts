import type { ParamsOf } from '../params'
import { userRows } from '../views'
import { type CommandContext, page, projectOf } from './context'

export function getUserList(ctx: CommandContext, p: ParamsOf<'get_user_list'>): unknown {
  return page(ctx, userRows(projectOf(ctx, p.project_id)), p.page_size, p.page_index)
}
