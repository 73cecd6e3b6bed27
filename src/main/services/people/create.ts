import type { EventHub } from '../../core/events'
import type { Logger } from '../../log/logger'
import type { CacheScope } from '../../store/cache/scope'
import type { SqlDatabase } from '../../store/driver'
import type { CloudSession } from '../connections/cloud-session'
import type { NetworkMonitor } from '../network-monitor'
import type { OutboxService } from '../outbox/outbox-service'
import type { SyncService } from '../sync/sync-service'
import { BulkImports } from './bulk-import'
import type { PeopleService } from './people-service'
import { PersonCredentialsService } from './person-credentials'
import { PersonsBulkDelete } from './persons-bulk-delete'
import { PersonsService } from './persons-service'
import { StaffBulkDelete } from './staff-bulk-delete'
import { StaffService } from './staff-service'

export interface PeopleWiring {
  readonly db: SqlDatabase
  readonly session: (connectionId: string) => Promise<CloudSession>
  /** The core's one outbox and one sync service. */
  readonly outbox: OutboxService
  readonly sync: SyncService
  readonly network: NetworkMonitor
  readonly events: EventHub
  readonly logger: Logger
  readonly now: () => number
}

/** The people services over the core's shared parts (what core.ts calls). */
export function createPeopleService(w: PeopleWiring): PeopleService {
  const common = {
    db: w.db,
    session: w.session,
    outbox: w.outbox,
    isOnline: () => w.network.current.online,
    logger: w.logger,
  }
  const changed = (channel: 'staff:changed' | 'persons:changed') => (scope: CacheScope) =>
    w.events.emit(channel, { connectionId: scope.connectionId, projectId: scope.projectId })
  const sync = (connectionId: string, projectId: string) => w.sync.syncProject(connectionId, projectId)
  const persons = new PersonsService({ ...common, sync, onChange: changed('persons:changed') })
  return {
    staff: new StaffService({ ...common, sync, now: w.now, onChange: changed('staff:changed') }),
    bulk: new BulkImports({
      ...common,
      now: w.now,
      onChange: changed('staff:changed'),
      onProgress: (progress) => w.events.emit('staff:importProgress', progress),
    }),
    bulkDelete: new StaffBulkDelete({
      ...common,
      onChange: changed('staff:changed'),
      onProgress: (progress) => w.events.emit('staff:bulkDeleteProgress', progress),
    }),
    persons,
    personsBulkDelete: new PersonsBulkDelete({
      ...common,
      persons,
      onChange: changed('persons:changed'),
      onProgress: (progress) => w.events.emit('persons:bulkDeleteProgress', progress),
    }),
    credentials: new PersonCredentialsService({ ...common, now: w.now, person: (scope, personId) => persons.detail(scope, personId) }),
  }
}
