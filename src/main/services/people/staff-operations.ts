import { clientFor } from '../connections/client-for'
import type { OperationHandlers } from '../outbox/operation-handler'
import { orGone } from '../outbox/or-gone'
import { combinedBase, staffBase } from '../outbox/versions'
import { staffUpdateMerge } from './staff-merge'

type Handlers = Pick<OperationHandlers, 'akuvox.staff.create' | 'akuvox.staff.update' | 'akuvox.staff.delete'>

/** Akuvox staff-access changes as the outbox queues and replays them. */
export const staffOperations: Handlers = {
  'akuvox.staff.create': {
    targetIds: () => [],
    // An unconfirmed create may have landed before its answer was lost: look for it first.
    apply: async (session, op, signal) => {
      const client = clientFor(session, 'akuvox')
      if (op.unconfirmed && (await client.findCreatedStaffAccess(op.input, { signal })) !== null) return
      await client.createStaffAccess(op.input, { signal })
    },
    currentVersion: async () => undefined,
  },
  'akuvox.staff.update': {
    targetIds: (op) => [op.input.staffAccessId],
    apply: (session, op, signal) => clientFor(session, 'akuvox').updateStaffAccess(op.input, { signal }),
    currentVersion: async (session, op, signal) => {
      const { projectId, staffAccessId } = op.input
      const staff = await orGone(() => clientFor(session, 'akuvox').getStaffAccessInfo({ projectId, staffAccessId }, { signal }))
      return staff && staffBase(staff)
    },
    merge: staffUpdateMerge,
  },
  'akuvox.staff.delete': {
    targetIds: (op) => op.staffAccessIds,
    // One id: `delete_staff_access_info`; several: `batch_delete_staff_access_info` (all or nothing).
    apply: (session, op, signal) => {
      const client = clientFor(session, 'akuvox')
      const [only, ...rest] = op.staffAccessIds
      if (only !== undefined && rest.length === 0) return client.deleteStaffAccess({ projectId: op.projectId, staffAccessId: only }, { signal })
      return client.batchDeleteStaffAccesses({ projectId: op.projectId, staffAccessIds: op.staffAccessIds }, { signal })
    },
    currentVersion: async (session, op, signal) => {
      const client = clientFor(session, 'akuvox')
      const staff = await Promise.all(
        op.staffAccessIds.map((staffAccessId) => orGone(() => client.getStaffAccessInfo({ projectId: op.projectId, staffAccessId }, { signal }))),
      )
      return combinedBase(staff.map((s) => s && staffBase(s)))
    },
  },
}
