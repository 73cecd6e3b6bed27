import type { BulkDeleteProgress, StaffSelection } from '@shared/people/bulk-delete'
import { api } from '../../../api'
import { useResultMutation } from '../../../query/use-result-mutation'
import type { PeopleScope } from '../../../stores/people/store'

/** Starts deleting a selection; its refusal stays on the dialog (`appError`) until the next try. */
export function useStartBulkDelete(scope: PeopleScope, selection: StaffSelection, onStarted: (progress: BulkDeleteProgress) => void) {
  return useResultMutation(() => api.staff.bulkDelete({ ...scope, selection }), { onDone: onStarted })
}

/** Stops a running batch delete after the batch being sent. */
export function useCancelBulkDelete(onCancelled: (progress: BulkDeleteProgress) => void) {
  return useResultMutation((jobId: string) => api.staff.bulkDeleteCancel({ jobId }), { onDone: onCancelled })
}

/** Every batch delete's progress as main reports it; answers the unsubscribe. */
export const onBulkDeleteProgress = (listener: (progress: BulkDeleteProgress) => void): (() => void) => api.on('staff:bulkDeleteProgress', listener)
