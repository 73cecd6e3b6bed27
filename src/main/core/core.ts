import { join } from 'node:path'
import type { Runtime } from '@shared/domain/app-info'
import { createCloudTransport } from '../clouds/cloud-transport'
import type { FetchLike } from '../clouds/http'
import { storedRateMemory } from '../services/connections/rate-memory'
import { RequestRatesRepo } from '../store/request-rates-repo'
import { RequestRateService } from '../services/connections/request-rate-service'
import { EventHub } from './events'
import { accessGroupHandlers } from '../ipc/handlers/access-groups'
import { appHandlers } from '../ipc/handlers/app'
import { checklistHandlers } from '../ipc/handlers/checklist'
import { peopleHandlers } from '../ipc/handlers/people'
import { sendHandlers } from '../ipc/handlers/sends'
import { connectionHandlers } from '../ipc/handlers/connections'
import { projectHandlers } from '../ipc/handlers/project'
import { SiteZoneService, systemTimeZone } from '../services/project/site-zone-service'
import { SiteZonesRepo } from '../store/site-zones-repo'
import { ChecklistService } from '../services/checklist/checklist-service'
import { ChecklistDoorsRepo } from '../store/cache/checklist-doors-repo'
import { DoorChecksRepo } from '../store/door-checks-repo'
import { type Handlers, type Router, createRouter } from '../ipc/router'
import type { Logger } from '../log/logger'
import type { Redactor } from '../log/redact'
import type { RunningDemoSites } from '@fieldkey/sandbox/demo'
import { createAccessGroupsService } from '../services/access-groups'
import { createAppService } from '../services/app-service'
import { createPeopleService } from '../services/people'
import { createSendsService } from '../services/sends'
import { ConnectionsService } from '../services/connections/connections-service'
import { DemoSites } from '../services/connections/demo-sites'
import type { HealthTiming } from '../services/health/health-logic'
import { HealthMonitor } from '../services/health/health-monitor'
import { NetworkMonitor, type NetworkProbe } from '../services/network-monitor'
import { OutboxService } from '../services/outbox/outbox-service'
import { outboxOperations } from '../services/outbox-operations'
import { replayAndRefresh } from '../services/outbox/replay-and-refresh'
import { ProjectService } from '../services/project/project-service'
import { SyncService } from '../services/sync/sync-service'
import { UiLanguage } from '../services/ui-language'
import { ActivityLog } from '../services/activity/activity-log'
import { InstallerName } from '../services/activity/installer-name'
import { installIdentity } from '../services/install-identity'
import { activityHandlers } from '../ipc/handlers/activity'
import { ConnectionsRepo } from '../store/connections-repo'
import { ProjectsRepo } from '../store/projects-repo'
import { SettingsRepo } from '../store/settings-repo'
import type { OpenedStore } from '../store/open-store'
import type { SecretStore } from '../vault/secret-store'
import { scopeGuard } from '../ipc/scope-guard'
import { reportHandlers } from '../ipc/handlers/report'
import { ReportService } from '../services/report/report-service'
import type { PdfPrinter } from '../services/report/pdf-export'

export interface CoreOptions {
  readonly runtime: Runtime
  readonly name: string
  readonly version: string
  readonly dataDir: string
  readonly electronVersion: string | null
  readonly chromeVersion: string | null
  /** `net.fetch` in Electron, the global `fetch` elsewhere: every cloud call goes through it. */
  readonly fetch: FetchLike
  readonly networkProbe: NetworkProbe
  readonly store: OpenedStore
  readonly secrets: SecretStore
  /** Starts the built-in demo clouds (the same simulators as `npm run sandbox`, without its admin server). */
  readonly startDemo: () => Promise<RunningDemoSites>
  readonly logger: Logger
  readonly redactor: Redactor
  readonly now?: () => number
  /** The OS locale (Electron's `app.getLocale()`), for the language until the installer picks one. */
  readonly systemLocale?: string
  /** Opening a project syncs it when its cache is older than this (default 15 min). */
  readonly maxCacheAgeMs?: number
  readonly healthTiming?: Partial<HealthTiming>
  /** This computer's time zone (default: the runtime's), proposed as a site zone. */
  readonly laptopZone?: () => string
  /** The desktop shell's PDF printer (its window and save dialog); the headless host has none. */
  readonly pdfPrinter?: () => PdfPrinter | null
}

export interface Core {
  readonly router: Router
  readonly events: EventHub
  readonly connections: ConnectionsService
  readonly language: UiLanguage
  start(): void
  close(): Promise<void>
}

/**
 * The main-process core, identical under Electron and the headless host: services, the router
 * over them, and the event hub. Only the transport to the renderer differs.
 */
export function createCore(options: CoreOptions): Core {
  const events = new EventHub()
  const logger = options.logger
  const rates = new RequestRatesRepo(options.store.db)
  const { transport, limiter } = createCloudTransport({
    fetch: options.fetch,
    logger: logger.child('http'),
    memory: storedRateMemory(rates, options.now ?? Date.now),
  })
  const app = createAppService(options, () => options.secrets.status(), {
    path: join(options.dataDir, 'fieldkey.db'),
    quarantined: options.store.quarantined,
  })
  const network = new NetworkMonitor(options.networkProbe, (state) => {
    logger.info('network state changed', { online: state.online })
    events.emit('network:changed', state)
    // Back online: sends whose answer was lost are looked up in the cloud's task list.
    if (state.online) void sends.checkUnconfirmed()
    connections.networkChanged()
  })
  const language = new UiLanguage(new SettingsRepo(options.store.db), options.systemLocale ?? Intl.DateTimeFormat().resolvedOptions().locale)
  const demo = new DemoSites(options.startDemo)
  const projects = new ProjectsRepo(options.store.db)
  const connectionsRepo = new ConnectionsRepo(options.store.db)
  const connections = new ConnectionsService({
    repo: connectionsRepo,
    projects,
    secrets: options.secrets,
    demo,
    transport,
    logger: logger.child('cloud'),
    redactor: options.redactor,
    network: () => network.current,
    onChange: (list) => {
      events.emit('connections:changed', list)
      project.closeConnectionsOtherThan(list.map((c) => c.id))
    },
  })
  const db = options.store.db
  const now = options.now ?? Date.now
  const session = (connectionId: string) => connections.sessionById(connectionId)
  const settings = new SettingsRepo(db)
  const installer = new InstallerName(settings)
  const activity = new ActivityLog({
    db,
    now,
    logger: logger.child('activity'),
    installer: () => installer.get(),
    installId: () => installIdentity(settings).installId,
    connectionLabel: (id) => connectionsRepo.get(id)?.label ?? null,
    projectName: (connectionId, projectId) => projects.list(connectionId).find((p) => p.id === projectId)?.name ?? null,
    onChange: (entry) => events.emit('activity:changed', { connectionId: entry.connectionId, projectId: entry.projectId }),
  })
  const outbox = new OutboxService({
    activity,
    db,
    session,
    now,
    operations: outboxOperations(db, { landed: (scope, send, result) => sends.landed(scope, send, result) }),
    logger: logger.child('outbox'),
    onChange: (entries) => events.emit('outbox:changed', entries),
  })
  const sync = new SyncService({ db, session, now, logger, onProgress: (p) => events.emit('sync:progress', p) })
  const project = new ProjectService({
    db,
    projects,
    sync,
    health: new HealthMonitor({
      db,
      session,
      now,
      logger: logger.child('health'),
      onChange: (c) => events.emit('health:changed', c),
      timing: options.healthTiming,
    }),
    logger,
    onSyncOutcome: (outcome) => events.emit('sync:outcome', outcome),
    maxCacheAgeMs: options.maxCacheAgeMs ?? 15 * 60_000,
  })
  const siteZones = new SiteZoneService({
    zones: new SiteZonesRepo(db),
    connections: connectionsRepo,
    laptopZone: options.laptopZone ?? systemTimeZone,
    now,
  })
  const accessGroups = createAccessGroupsService({ db, session, outbox, sync, network, events, logger: logger.child('access-groups'), now })
  const people = createPeopleService({ db, session, outbox, sync, network, events, logger: logger.child('people'), now })
  const checklist = new ChecklistService({ doors: new ChecklistDoorsRepo(db), checks: new DoorChecksRepo(db), now })
  const sends = createSendsService({ db, session, outbox, network, events, logger: logger.child('sends'), now })

  // One handler factory per contract domain; the `Handlers` type makes a missing one a compile error.
  const handlers: Handlers = {
    ...appHandlers(app, network, language, installer),
    ...activityHandlers(activity),
    ...connectionHandlers(connections, new RequestRateService({ rates, connections: connectionsRepo, limiter })),
    ...projectHandlers(project, siteZones, outbox, async (entryIds) => {
      // A send whose answer was lost is settled from the task list first, never sent twice.
      await sends.checkUnconfirmedOnce()
      const outcomes = await replayAndRefresh(
        {
          outbox,
          sync: (connectionId, projectId) => sync.syncProject(connectionId, projectId),
          refreshed: (scope, outcome) => {
            events.emit('accessGroups:changed', scope)
            events.emit('staff:changed', scope)
            events.emit('persons:changed', scope)
            // A sync like any other: the overview (its "As of", counts, syncing) reads again.
            events.emit('sync:outcome', outcome)
          },
          logger: logger.child('outbox'),
        },
        entryIds,
      )
      // A replayed send whose answer was lost is looked up again, with the growing wait.
      void sends.checkUnconfirmed()
      return outcomes
    }),
    ...accessGroupHandlers(accessGroups),
    ...peopleHandlers(people),
    ...sendHandlers(sends),
    ...checklistHandlers(checklist),
    ...reportHandlers(new ReportService(db, options.pdfPrinter ?? (() => null))),
  }

  return {
    router: createRouter(
      handlers,
      logger.child('ipc'),
      scopeGuard({
        hasConnection: (id) => connectionsRepo.get(id) !== undefined,
        hasProject: (connectionId, projectId) => projects.has(connectionId, projectId),
      }),
    ),
    events,
    connections,
    language,
    start: () => {
      network.start()
      // Sends left unconfirmed by an earlier run.
      void sends.checkUnconfirmed()
    },
    async close() {
      network.stop()
      sends.close()
      project.close()
      await demo.close()
      options.store.db.close()
    },
  }
}
