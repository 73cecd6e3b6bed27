import { notFound } from '../failure'
import type { ParamsOf } from '../params'
import { importResultView } from '../views'
import { type CommandContext, page, projectOf } from './context'

export function getProjectList(ctx: CommandContext, p: ParamsOf<'get_project_list'>): unknown {
  const projects = [...ctx.site.projects.values()].map((project) => ({ project_id: project.id, project_name: project.name }))
  return page(ctx, projects, p.page_size, p.page_index)
}

export function getProjectInfo(ctx: CommandContext, p: ParamsOf<'get_project_info'>): unknown {
  return { project_name: projectOf(ctx, p.project_id).name }
}

export function getImportResult(ctx: CommandContext, p: ParamsOf<'get_import_result'>): unknown {
  const task = projectOf(ctx, p.project_id).imports.get(p.task_id)
  // Tasks are filed per import type: a staff import is not found under `user_info`.
  if (!task || task.type !== p.import_type) throw notFound(`${p.import_type} import task`, p.task_id)
  return importResultView(task, ctx.now)
}
