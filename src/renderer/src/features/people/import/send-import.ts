import type { AppError } from '@shared/errors'
import { FIELD_LIMITS } from '@shared/field-limits'
import { importChunks } from '@shared/people/import-chunks'
import type { BulkProgress, BulkRow } from '@shared/people/staff'
import { api } from '../../../api'
import type { PeopleScope } from '../../../stores/people/store'

export type SendOutcome =
  { readonly kind: 'running'; readonly progress: BulkProgress } | { readonly kind: 'cancelled' } | { readonly kind: 'failed'; readonly error: AppError }

export interface SendHooks {
  /** The job's id, before any row is sent (its progress events carry it). */
  readonly onBegun: (jobId: string) => void
  /** Rows main holds so far, after each chunk. */
  readonly onSent: (sent: number, total: number) => void
  /** Asked before each chunk: the installer pressed Cancel. */
  readonly cancelled: () => boolean
}

/**
 * Hands main the rows a chunk at a time under one job (no message grows with the file), then
 * starts the job. Cancelled while sending, main drops what it received and nothing is created.
 */
export async function sendImport(scope: PeopleScope, rows: readonly BulkRow[], hooks: SendHooks, fileName?: string): Promise<SendOutcome> {
  const begun = await api.staff.importBegin({ ...scope, total: rows.length, ...(fileName ? { fileName: fileName.slice(0, FIELD_LIMITS.importFileName) } : {}) })
  if (!begun.ok) return { kind: 'failed', error: begun.error }
  const { jobId } = begun.value
  hooks.onBegun(jobId)
  const stop = async (): Promise<SendOutcome> => {
    await api.staff.importCancel({ jobId })
    return { kind: 'cancelled' }
  }
  for (const chunk of importChunks(rows)) {
    if (hooks.cancelled()) return stop()
    const appended = await api.staff.importAppend({ jobId, rows: chunk })
    if (!appended.ok) return { kind: 'failed', error: appended.error }
    hooks.onSent(appended.value.received, rows.length)
  }
  if (hooks.cancelled()) return stop()
  const run = await api.staff.importRun({ jobId })
  return run.ok ? { kind: 'running', progress: run.value } : { kind: 'failed', error: run.error }
}
