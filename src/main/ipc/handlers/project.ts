import type { projectInvokes } from '@shared/ipc/channels/project'
import type { OutboxService } from '../../services/outbox/outbox-service'
import type { ProjectService } from '../../services/project/project-service'
import type { Handlers } from '../router'

const scopeOf = (input: { readonly id: string; readonly projectId: string }) => ({ connectionId: input.id, projectId: input.projectId })

export function projectHandlers(project: ProjectService, outbox: OutboxService): Pick<Handlers, keyof typeof projectInvokes> {
  return {
    'project:open': (input) => project.open(scopeOf(input)),
    'project:overview': (input) => project.view(scopeOf(input)),
    'sync:start': (input) => project.startSync(scopeOf(input)),
    'sync:cancel': (input) => project.cancelSync(scopeOf(input)),
    'devices:list': ({ id, projectId, ...filter }) => project.listDevices({ connectionId: id, projectId }, filter),
    'devices:detail': (input) => project.device(scopeOf(input), input.deviceId),
    'devices:buildings': (input) => project.buildings(scopeOf(input)),
    'devices:channels': (input) => project.channels(scopeOf(input), input.deviceId),
    'health:check': (input) => project.checkHealth(scopeOf(input)),
    'outbox:list': ({ id, projectId }) => outbox.list({ connectionId: id, projectId }),
    'outbox:discard': ({ entryId }) => ({ discarded: outbox.discard(entryId) }),
    'outbox:keepMine': ({ entryId }) => ({ kept: outbox.keepMine(entryId) }),
    'outbox:replay': ({ entryIds }) => outbox.replay(entryIds),
  }
}
