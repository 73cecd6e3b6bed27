import { isLoopbackHost } from '../../common/loopback'
import { readStaffCsv } from '../csv'
import type { ImportTask, Site } from '../model'
import type { ParamsOf } from '../params'
import { importStatus } from '../views'
import { type CommandContext, invalid, projectOf } from './context'
import { addStaff } from './staff'

const BASE_DURATION_MS = 3_000
const PER_ROW_MS = 50
const MAX_DURATION_MS = 10_000

/**
 * Downloads the file now (loopback only: the sandbox never reaches the internet) and files a task
 * that "imports" over a few seconds of sandbox time. A file that cannot be fetched or read still
 * yields a task, which ends in `failure`: that is what the cloud can only find out later.
 */
export async function importStaffAccess(ctx: CommandContext, p: ParamsOf<'import_staff_access_info'>): Promise<unknown> {
  const project = projectOf(ctx, p.project_id)
  let url: URL
  try {
    url = new URL(p.file_url)
  } catch {
    throw invalid('param.file_url must be a URL')
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw invalid('param.file_url must be an http(s) URL')
  const file = isLoopbackHost(url.hostname)
    ? await ctx.fetchFile(url)
    : ({ ok: false, reason: 'the sandbox downloads files from loopback addresses only' } as const)
  const parsed = file.ok ? readStaffCsv(file.text, project) : { rowCount: 0, accepted: [], failureCount: 0, fileError: file.reason }
  const task: ImportTask = {
    id: ctx.mint('t'),
    type: 'staff_access_info',
    fileName: p.file_name,
    createdAt: ctx.now,
    durationMs: Math.min(MAX_DURATION_MS, BASE_DURATION_MS + parsed.rowCount * PER_ROW_MS),
    rowCount: parsed.rowCount,
    accepted: parsed.accepted,
    failureCount: parsed.failureCount,
    fileError: parsed.fileError,
    applied: false,
  }
  project.imports.set(task.id, task)
  return { task_id: task.id }
}

/** Applies the rows of imports that have finished by `now` (called before every command). */
export function settleImports(ctx: Pick<CommandContext, 'mint'>, site: Site, now: number): void {
  for (const project of site.projects.values()) {
    for (const task of project.imports.values()) {
      if (task.applied || importStatus(task, now).status === 'importing') continue
      task.applied = true
      for (const draft of task.accepted) addStaff(ctx, project, draft, task.createdAt + task.durationMs)
    }
  }
}
