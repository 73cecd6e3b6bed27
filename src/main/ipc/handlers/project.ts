import type { projectInvokes } from '@shared/ipc/channels/project'
import type { OutboxService } from '../../services/outbox/outbox-service'
import type { ProjectService } from '../../services/project/project-service'
import type { Handlers } from '../router'

export function projectHandlers(project: ProjectService, outbox: OutboxService): Pick<Handlers, keyof typeof projectInvokes> {
  return {
    'project:open': (input) => project.open(input),
    'project:overview': (input) => project.view(input),
    'sync:start': (input) => project.startSync(input),
    'sync:cancel': (input) => project.cancelSync(input),
    'devices:list': ({ connectionId, projectId, ...filter }) => project.listDevices({ connectionId, projectId }, filter),
    'devices:detail': (input) => project.device(input, input.deviceId),
    'devices:buildings': (input) => project.buildings(input),
    'devices:channels': (input) => project.channels(input, input.deviceId),
    'health:check': (input) => project.checkHealth(input),
    'outbox:list': (scope) => outbox.list(scope),
    'outbox:discard': ({ entryId }) => ({ discarded: outbox.discard(entryId) }),
    'outbox:keepMine': ({ entryId }) => ({ kept: outbox.keepMine(entryId) }),
    'outbox:replay': ({ entryIds }) => outbox.replay(entryIds),
  }
}
