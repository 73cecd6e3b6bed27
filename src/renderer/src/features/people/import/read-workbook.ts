import { type WorkbookOutcome, parseWorkbookFile } from './parse-xlsx'
import type { WorkbookAnswer, WorkbookRequest } from './read-workbook.worker'

/** Below this size a workbook is read on the window's thread: quicker than starting a worker. */
const WORKER_FROM_BYTES = 256 * 1024

/**
 * Reads a workbook in a worker when it is large, on this thread when it is small or no worker
 * can start (then the same code runs here). Cancelling ends the worker at once.
 */
export function readWorkbook(
  file: File | (Blob & { readonly name: string }),
  onProgress: (share: number) => void,
  options: { readonly sheet?: string; readonly signal?: AbortSignal } = {},
): Promise<WorkbookOutcome> {
  if (file.size < WORKER_FROM_BYTES || typeof Worker === 'undefined' || !(file instanceof File)) return parseWorkbookFile(file, onProgress, options)
  let worker: Worker
  try {
    worker = new Worker(new URL('./read-workbook.worker.ts', import.meta.url), { type: 'module' })
  } catch {
    return parseWorkbookFile(file, onProgress, options)
  }
  return new Promise((resolve) => {
    const inThread = async () => resolve(await parseWorkbookFile(file, onProgress, options))
    const finish = (outcome: WorkbookOutcome | null) => {
      worker.terminate()
      options.signal?.removeEventListener('abort', cancel)
      if (outcome) resolve(outcome)
      else void inThread()
    }
    const cancel = () => finish({ ok: false, reason: 'cancelled' })
    options.signal?.addEventListener('abort', cancel)
    worker.addEventListener('message', (event: MessageEvent<WorkbookAnswer>) => {
      if (event.data.kind === 'progress') onProgress(event.data.share)
      else finish(event.data.outcome)
    })
    // A worker that cannot start or fails: the same read on this thread.
    worker.addEventListener('error', () => finish(null))
    const request: WorkbookRequest = { file, ...(options.sheet ? { sheet: options.sheet } : {}) }
    worker.postMessage(request)
  })
}
