import type { EventHub } from '../../core/events'
import type { Logger } from '../../log/logger'
import type { SqlDatabase } from '../../store/driver'
import type { CloudSession } from '../connections/cloud-session'
import type { NetworkMonitor } from '../network-monitor'
import type { OutboxService } from '../outbox/outbox-service'
import { SendsService } from './sends-service'

export interface SendsWiring {
  readonly db: SqlDatabase
  readonly session: (connectionId: string) => Promise<CloudSession>
  readonly outbox: OutboxService
  readonly network: NetworkMonitor
  readonly events: EventHub
  readonly logger: Logger
  readonly now: () => number
}

/** The sends service over the core's shared parts (what core.ts calls). */
export function createSendsService(w: SendsWiring): SendsService {
  return new SendsService({
    db: w.db,
    session: w.session,
    outbox: w.outbox,
    isOnline: () => w.network.current.online,
    emit: (progress) => w.events.emit('sends:progress', progress),
    checked: (checked) => w.events.emit('sends:checked', checked),
    now: w.now,
    logger: w.logger,
  })
}
