import { AccessGroupsRepo } from '../store/cache/access-groups-repo'
import type { SqlDatabase } from '../store/driver'
import { GroupMemberChangesRepo } from '../store/group-member-changes-repo'
import { accessGroupOperations } from './access-groups/outbox-operations'
import type { OperationHandlers } from './outbox/operation-handler'
import { personOperations } from './people/person-operations'
import { staffOperations } from './people/staff-operations'
import { type SendOperationsDeps, sendOperations } from './sends/send-operations'

/** Every domain's queued changes, as the outbox replays them; `sends` hears of each queued send that landed. */
export function outboxOperations(db: SqlDatabase, sends: SendOperationsDeps = { landed: () => undefined }): OperationHandlers {
  return {
    ...accessGroupOperations(new AccessGroupsRepo(db), new GroupMemberChangesRepo(db)),
    ...staffOperations,
    ...personOperations,
    ...sendOperations(sends),
  }
}
