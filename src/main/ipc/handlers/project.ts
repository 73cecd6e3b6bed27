import type { deviceInvokes } from '@shared/ipc/channels/devices'
import type { healthInvokes } from '@shared/ipc/channels/health'
import type { outboxInvokes } from '@shared/ipc/channels/outbox'
import type { projectInvokes } from '@shared/ipc/channels/project'
import type { syncInvokes } from '@shared/ipc/channels/sync'
import type { ReplayOutcome } from '@shared/domain/outbox'
import type { OutboxService } from '../../services/outbox/outbox-service'
import type { ProjectService } from '../../services/project/project-service'
import type { SiteZoneService } from '../../services/project/site-zone-service'
import type { Handlers } from '../router'

export function projectHandlers(
  project: ProjectService,
  siteZones: SiteZoneService,
  outbox: OutboxService,
  replay: (entryIds: readonly number[]) => Promise<readonly ReplayOutcome[]>,
): Pick<
  Handlers,
  keyof typeof projectInvokes | keyof typeof syncInvokes | keyof typeof deviceInvokes | keyof typeof healthInvokes | keyof typeof outboxInvokes
> {
  return {
    'project:open': (input) => project.open(input),
    'project:overview': (input) => project.view(input),
    'project:siteZone': (input) => siteZones.view(input),
    'project:setSiteZone': ({ zone, ...scope }) => siteZones.set(scope, zone),
    'project:settleClockChange': ({ changeAt, ...scope }) => siteZones.settleClockChange(scope, changeAt),
    'sync:start': (input) => project.startSync(input),
    'sync:cancel': (input) => project.cancelSync(input),
    'devices:list': ({ connectionId, projectId, ...filter }) => project.listDevices({ connectionId, projectId }, filter),
    'devices:detail': (input) => project.device(input, input.deviceId),
    'devices:buildings': (input) => project.buildings(input),
    'devices:channels': (input) => project.channels(input, input.deviceId),
    'health:check': (input) => project.checkHealth(input),
    'outbox:list': (scope) => outbox.list(scope),
    'outbox:discard': ({ entryId }) => ({ discarded: outbox.discard(entryId) }),
    'outbox:review': ({ entryId }) => ({ review: outbox.review(entryId) }),
    'outbox:resolve': ({ entryId, resolution }) => ({ resolved: outbox.resolve(entryId, resolution) }),
    'outbox:replay': ({ entryIds }) => replay(entryIds),
  }
}
