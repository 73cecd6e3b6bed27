import { type WorkbookOutcome, parseWorkbookFile } from './parse-xlsx'

/** What a dedicated worker's global offers (the renderer's types are the window's). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkbookRequest>) => void) | null
  postMessage(message: WorkbookAnswer): void
}

export interface WorkbookRequest {
  readonly file: File
  readonly sheet?: string
}

export type WorkbookAnswer = { readonly kind: 'progress'; readonly share: number } | { readonly kind: 'done'; readonly outcome: WorkbookOutcome }

/** Reads a large workbook off the window's thread (a 50,000-row sheet takes seconds), so the window stays responsive. */
const scope = globalThis as unknown as WorkerScope
async function read({ file, sheet }: WorkbookRequest): Promise<void> {
  const outcome = await parseWorkbookFile(file, (share) => scope.postMessage({ kind: 'progress', share }), sheet ? { sheet } : {})
  scope.postMessage({ kind: 'done', outcome })
}
scope.onmessage = (event) => void read(event.data)
