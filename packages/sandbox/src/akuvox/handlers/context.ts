import { CommandFailure, notFound } from '../failure'
import type { IdMinter } from '../ids'
import type { Project, Site } from '../model'
import type { ViewContext } from '../views'

/** `{list, total}` exists to test client tolerance (docs/clouds.md#akuvox-paging); the documented shape is a bare array. */
export type ListShape = 'array' | 'object'

export type FetchedFile = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string }

export interface CommandContext {
  readonly site: Site
  readonly now: number
  readonly mint: IdMinter
  readonly onlineOverrides: ReadonlyMap<string, boolean>
  readonly listShape: ListShape
  readonly fetchFile: (url: URL) => Promise<FetchedFile>
}

export function projectOf(ctx: CommandContext, projectId: string): Project {
  const project = ctx.site.projects.get(projectId)
  if (!project) throw notFound('project', projectId)
  return project
}

export function viewOf(ctx: CommandContext, project: Project): ViewContext {
  return { project, now: ctx.now, onlineOverrides: ctx.onlineOverrides }
}

export function page<T>(ctx: CommandContext, items: readonly T[], pageSize: number, pageIndex: number): unknown {
  const slice = items.slice((pageIndex - 1) * pageSize, pageIndex * pageSize)
  return ctx.listShape === 'array' ? slice : { list: slice, total: items.length }
}

export function list<T>(ctx: CommandContext, items: readonly T[]): unknown {
  return ctx.listShape === 'array' ? items : { list: items, total: items.length }
}

export function invalid(message: string): CommandFailure {
  return new CommandFailure('invalid_param', message)
}
