import type { BulkDeleteProgress } from '@shared/people/bulk-delete'
import { api } from '../../../api'
import { useResultMutation } from '../../../query/use-result-mutation'
import type { BulkDeleteTarget } from '../people-queries'

/** Starts deleting a selection; its refusal stays on the dialog (`appError`) until the next try. */
export function useStartBulkDelete(target: BulkDeleteTarget, onStarted: (progress: BulkDeleteProgress) => void) {
  return useResultMutation(
    () =>
      target.kind === 'staff'
        ? api.staff.bulkDelete({ ...target.scope, selection: target.selection })
        : api.persons.bulkDelete({ ...target.scope, selection: target.selection }),
    { onDone: onStarted },
  )
}

/** Stops a running batch delete after the batch being sent. */
export function useCancelBulkDelete(target: BulkDeleteTarget, onCancelled: (progress: BulkDeleteProgress) => void) {
  return useResultMutation((jobId: string) => (target.kind === 'staff' ? api.staff.bulkDeleteCancel({ jobId }) : api.persons.bulkDeleteCancel({ jobId })), {
    onDone: onCancelled,
  })
}

/** Every batch delete's progress of that kind as main reports it; answers the unsubscribe. */
export const onBulkDeleteProgress = (kind: BulkDeleteTarget['kind'], listener: (progress: BulkDeleteProgress) => void): (() => void) =>
  kind === 'staff' ? api.on('staff:bulkDeleteProgress', listener) : api.on('persons:bulkDeleteProgress', listener)
