import { checkRows } from '@shared/people/import-check'
import type { RawStaffRow } from '@shared/people/import-row'
import type { StaffContext } from '@shared/people/staff'

/** What a dedicated worker's global offers (the renderer's types are the window's). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<CheckRequest>) => void) | null
  postMessage(message: unknown): void
}

export interface CheckRequest {
  readonly id: number
  readonly rows: readonly RawStaffRow[]
  readonly context: StaffContext
}

/** Checks the rows of a large file off the window's thread, so that typing and scrolling stay smooth. */
const scope = globalThis as unknown as WorkerScope
scope.onmessage = (event) => {
  const { id, rows, context } = event.data
  scope.postMessage({ id, checks: checkRows(rows, context) })
}
