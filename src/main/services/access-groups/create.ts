import type { EventHub } from '../../core/events'
import type { Logger } from '../../log/logger'
import type { SqlDatabase } from '../../store/driver'
import { SettingsRepo } from '../../store/settings-repo'
import { installIdentity } from '../install-identity'
import type { CloudSession } from '../connections/cloud-session'
import type { NetworkMonitor } from '../network-monitor'
import type { OutboxService } from '../outbox/outbox-service'
import type { SyncService } from '../sync/sync-service'
import { AccessGroupsService } from './access-groups-service'

export interface AccessGroupsWiring {
  readonly db: SqlDatabase
  readonly session: (connectionId: string) => Promise<CloudSession>
  /** The core's one outbox and one sync service (a sync asked for while one runs joins it). */
  readonly outbox: OutboxService
  readonly sync: SyncService
  readonly network: NetworkMonitor
  readonly events: EventHub
  readonly logger: Logger
  readonly now: () => number
}

/** The access-groups service over the core's shared parts (what core.ts calls). */
export function createAccessGroupsService(w: AccessGroupsWiring): AccessGroupsService {
  return new AccessGroupsService({
    db: w.db,
    session: w.session,
    outbox: w.outbox,
    sync: (connectionId, projectId) => w.sync.syncProject(connectionId, projectId),
    isOnline: () => w.network.current.online,
    now: w.now,
    install: installIdentity(new SettingsRepo(w.db)),
    logger: w.logger,
    onChange: (changed) => w.events.emit('accessGroups:changed', changed),
  })
}
