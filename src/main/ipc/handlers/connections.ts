import type { connectionInvokes } from '@shared/ipc/channels/connections'
import type { projectsInvokes } from '@shared/ipc/channels/projects'
import type { ConnectionsService } from '../../services/connections/connections-service'
import type { RequestRateService } from '../../services/connections/request-rate-service'
import type { Handlers } from '../router'

export function connectionHandlers(
  connections: ConnectionsService,
  rates: RequestRateService,
): Pick<Handlers, keyof typeof connectionInvokes | keyof typeof projectsInvokes> {
  return {
    'connections:list': () => connections.list(),
    'connections:add': (input) => connections.add(input),
    'connections:edit': (input) => connections.edit(input),
    'connections:test': ({ id }) => connections.test(id),
    'connections:signOut': ({ id }) => connections.signOut(id),
    'connections:remove': ({ id }) => connections.remove(id),
    'connections:openDemo': ({ vendor }) => connections.openDemo(vendor),
    'connections:requestRate': ({ id }) => rates.read(id),
    'connections:setMaxRate': ({ id, maxPerSecond }) => rates.setMax(id, maxPerSecond),
    'projects:list': ({ id }) => connections.projects(id),
    'projects:choose': ({ id, projectId }) => connections.chooseProject(id, projectId),
  }
}
