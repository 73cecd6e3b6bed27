import { randomUUID } from 'node:crypto'
import type { NetworkState } from '@shared/domain/app-info'
import type { ConnectionAccount, ConnectionSummary, ProjectSummary, Server, Vendor } from '@shared/domain/connection'
import { findRegion } from '@shared/domain/regions'
import { AppErrorException, appError, toAppError } from '@shared/errors'
import type { AddConnectionInput, EditConnectionInput } from '@shared/ipc/schemas/connections'
import { normaliseCloudBaseUrl } from '../../clouds/base-url'
import type { ConnectionRecord, ConnectionsRepo } from '../../store/connections-repo'
import type { ProjectsRepo } from '../../store/projects-repo'
import type { SecretStore } from '../../vault/secret-store'
import { type CloudSession, type SessionDeps, openCloudSession } from './cloud-session'
import type { DemoSites } from './demo-sites'
import { recordCalls } from './recorded-client'
import { ConnectionStatusBook } from './status-book'
import { type StoredSecrets, parseStoredSecrets } from './stored-secrets'

export interface ConnectionsServiceDeps extends SessionDeps {
  readonly repo: ConnectionsRepo
  readonly projects: ProjectsRepo
  readonly secrets: SecretStore
  readonly demo: DemoSites
  readonly onChange: (connections: readonly ConnectionSummary[]) => void
  /** The network monitor's view: with no network, every connection reads "offline". */
  readonly network: () => NetworkState
}

const DEMO_LABEL: Readonly<Record<Vendor, string>> = { akuvox: 'Akuvox demo site', tuya: 'Tuya demo site' }

/**
 * Connections to vendor clouds: add (sign in first), test, edit, sign out, remove, projects,
 * demo sites. Secrets go to the SecretStore only; the renderer gets summaries without them.
 */
export class ConnectionsService {
  private readonly sessions = new Map<string, CloudSession>()
  private readonly secretCache = new Map<string, StoredSecrets | null>()
  private readonly writes = new Map<string, Promise<unknown>>()
  /** Connections whose new secrets are being tried: nothing of theirs is saved yet. */
  private readonly trials = new Set<string>()
  private readonly now: () => number
  private readonly status: ConnectionStatusBook

  constructor(private readonly deps: ConnectionsServiceDeps) {
    this.now = deps.now ?? Date.now
    this.status = new ConnectionStatusBook(deps.network, this.now, () => void this.list().then(deps.onChange))
  }

  /** The network monitor saw the network come or go. */
  networkChanged(): void {
    this.status.networkChanged()
  }

  async list(): Promise<ConnectionSummary[]> {
    const records = this.deps.repo.list()
    return Promise.all(records.map((r) => this.summary(r)))
  }

  async add(input: AddConnectionInput): Promise<ConnectionSummary> {
    const baseUrl = resolveBaseUrl(input.vendor, input.server)
    const secrets: StoredSecrets =
      input.vendor === 'akuvox'
        ? { vendor: 'akuvox', credentials: input.credentials, tokens: null }
        : { vendor: 'tuya', credentials: { accessId: input.credentials.accessId, accessSecret: input.credentials.accessSecret }, tokens: null }
    const record: ConnectionRecord = {
      id: randomUUID(),
      vendor: input.vendor,
      label: input.label,
      server: input.server,
      baseUrl,
      defaultProjectId: input.vendor === 'tuya' ? input.credentials.projectId : null,
      isDemo: false,
      createdAt: this.now(),
      lastUsedAt: null,
    }
    // Sign in for real before anything is saved: a wrong secret never becomes a saved connection.
    const session = await this.trial(record, secrets)
    await this.deps.secrets.set(record.id, JSON.stringify(this.secretCache.get(record.id)))
    this.deps.repo.insert(record)
    this.sessions.set(record.id, this.recorded(record.id, session))
    this.status.record(record.id, null)
    return this.changed(record)
  }

  async edit(input: EditConnectionInput): Promise<ConnectionSummary> {
    const current = this.require(input.id)
    if (current.isDemo && (input.server || input.credentials)) {
      throw new AppErrorException(appError('invalid_input', { messageKey: 'errors.connections.demoReadOnly', params: { field: 'server' } }))
    }
    if (input.credentials && input.credentials.vendor !== current.vendor) {
      throw new AppErrorException(appError('invalid_input', { params: { field: 'credentials.vendor' }, detail: 'vendor cannot change' }))
    }
    const server = input.server ?? current.server
    const next: ConnectionRecord = {
      ...current,
      label: input.label ?? current.label,
      server,
      baseUrl: input.server ? resolveBaseUrl(current.vendor, server) : current.baseUrl,
      defaultProjectId: input.credentials?.vendor === 'tuya' && input.credentials.projectId ? input.credentials.projectId : current.defaultProjectId,
    }
    const signInChanged = Boolean(input.server) || Boolean(input.credentials)
    if (!signInChanged) {
      this.deps.repo.update(next)
      return this.changed(next)
    }
    const old = await this.secretsOf(current)
    if (!old) throw new AppErrorException(appError('auth', { messageKey: 'errors.connections.noCredentials' }))
    const session = await this.trial(next, mergeSecrets(old, input.credentials), old)
    await this.deps.secrets.set(next.id, JSON.stringify(this.secretCache.get(next.id)))
    this.deps.repo.update(next)
    this.sessions.set(next.id, this.recorded(next.id, session))
    this.status.record(next.id, null)
    return this.changed(next)
  }

  /** Signs in with the saved credentials and checks the project: the connection's state after. */
  async test(id: string): Promise<ConnectionSummary> {
    const record = this.require(id)
    try {
      await probe(await this.session(record))
    } catch (error) {
      // Also what fails before any call is made (no saved credentials).
      this.status.record(id, error)
    }
    return this.changed(record)
  }

  async signOut(id: string): Promise<ConnectionSummary> {
    const record = this.require(id)
    this.sessions.get(id)?.client.signOut()
    this.sessions.delete(id)
    const secrets = await this.secretsOf(record)
    if (secrets && !record.isDemo) await this.saveSecrets(id, { ...secrets, tokens: null })
    this.status.signedOut(id)
    return this.changed(record)
  }

  async remove(id: string): Promise<{ readonly removed: true }> {
    const record = this.require(id)
    this.sessions.get(id)?.client.signOut()
    this.sessions.delete(id)
    await this.writes.get(id)
    if (!record.isDemo) await this.deps.secrets.delete(id)
    this.secretCache.delete(id)
    this.status.forget(id)
    this.deps.repo.delete(id)
    this.deps.onChange(await this.list())
    return { removed: true }
  }

  /**
   * The account's projects from the cloud, kept in the cache; when the cloud cannot be reached
   * the cached list answers instead, so the picker and the project names work offline.
   */
  async projects(id: string): Promise<ProjectSummary[]> {
    const record = this.require(id)
    try {
      const session = await this.session(record)
      const projects = await projectsOf(session, record)
      this.deps.projects.replace(id, projects, this.now())
      return projects
    } catch (error) {
      const cached = this.deps.projects.list(id)
      if (cached.length > 0 && isUnreachable(error)) return cached
      throw error
    }
  }

  async chooseProject(id: string, projectId: string): Promise<ConnectionSummary> {
    const record = this.require(id)
    const session = await this.session(record)
    if (session.vendor === 'akuvox') await session.client.getProjectInfo({ projectId })
    else if (projectId !== session.projectId) {
      throw new AppErrorException(appError('not_found', { messageKey: 'errors.connections.unknownProject', params: { field: 'projectId' } }))
    }
    const next = { ...record, defaultProjectId: projectId, lastUsedAt: this.now() }
    this.deps.repo.update(next)
    return this.changed(next)
  }

  /** The demo connection of a vendor, created on first use, backed by the built-in sandbox. */
  async openDemo(vendor: Vendor): Promise<ConnectionSummary> {
    const info = await this.deps.demo.info()
    const existing = this.deps.repo.findDemo(vendor)
    const baseUrl = vendor === 'akuvox' ? info.akuvox.baseUrl : info.tuya.baseUrl
    const record: ConnectionRecord = existing
      ? { ...existing, baseUrl, lastUsedAt: this.now() }
      : {
          id: randomUUID(),
          vendor,
          label: DEMO_LABEL[vendor],
          server: { kind: 'custom', baseUrl },
          baseUrl,
          defaultProjectId: vendor === 'tuya' ? info.tuya.projectId : null,
          isDemo: true,
          createdAt: this.now(),
          lastUsedAt: this.now(),
        }
    if (existing) this.deps.repo.update(record)
    else this.deps.repo.insert(record)
    await probe(await this.session(record))
    return this.changed(record)
  }

  /** The client of a connection by id: what sync, health, the outbox and features call through. */
  sessionById(id: string): Promise<CloudSession> {
    return this.session(this.require(id))
  }

  /** The signed-in client of a connection, for the services built on it (sync, groups, sends…). */
  async session(record: ConnectionRecord): Promise<CloudSession> {
    const open = this.sessions.get(record.id)
    if (open) return open
    const secrets = await this.secretsOf(record)
    if (!secrets) throw new AppErrorException(appError('auth', { messageKey: 'errors.connections.noCredentials' }))
    const fresh = record.isDemo ? { ...record, ...(await this.demoAddress(record)) } : record
    const session = this.recorded(record.id, this.open(fresh, secrets))
    this.sessions.set(record.id, session)
    return session
  }

  /**
   * Signs in with not-yet-saved secrets; on success they (with the new tokens) are in the cache,
   * ready to save. On failure the cache goes back to `previous`.
   */
  private async trial(record: ConnectionRecord, secrets: StoredSecrets, previous: StoredSecrets | null = null): Promise<CloudSession> {
    this.secretCache.set(record.id, secrets)
    this.trials.add(record.id)
    const session = this.open(record, secrets)
    try {
      await probe(session)
      return session
    } catch (error) {
      if (previous) this.secretCache.set(record.id, previous)
      else this.secretCache.delete(record.id)
      throw error
    } finally {
      this.trials.delete(record.id)
    }
  }

  private open(record: ConnectionRecord, secrets: StoredSecrets): CloudSession {
    return openCloudSession(record.id, secrets, record.baseUrl, record.defaultProjectId, this.deps, (updated) => {
      if (record.isDemo) return
      this.secretCache.set(record.id, updated)
      // Saved connections keep their tokens in the keychain; a trial's are saved with it.
      if (!this.trials.has(record.id) && this.deps.repo.get(record.id)) void this.saveSecrets(record.id, updated)
    })
  }

  /**
   * The session whose every call makes the connection's state. A trial's calls are not recorded:
   * new secrets that fail say nothing about the saved ones.
   */
  private recorded(id: string, session: CloudSession): CloudSession {
    const observe = (error: unknown) => this.status.record(id, error)
    return session.vendor === 'akuvox'
      ? { vendor: 'akuvox', client: recordCalls(session.client, observe) }
      : { vendor: 'tuya', projectId: session.projectId, client: recordCalls(session.client, observe) }
  }

  private async demoAddress(record: ConnectionRecord): Promise<{ baseUrl: string; defaultProjectId: string | null }> {
    const info = await this.deps.demo.info()
    return record.vendor === 'akuvox'
      ? { baseUrl: info.akuvox.baseUrl, defaultProjectId: record.defaultProjectId }
      : { baseUrl: info.tuya.baseUrl, defaultProjectId: info.tuya.projectId }
  }

  private async secretsOf(record: ConnectionRecord): Promise<StoredSecrets | null> {
    if (record.isDemo) {
      const info = await this.deps.demo.info()
      return record.vendor === 'akuvox'
        ? {
            vendor: 'akuvox',
            credentials: {
              clientId: info.akuvox.clientId,
              clientSecret: info.akuvox.clientSecret,
              username: info.akuvox.username,
              password: info.akuvox.password,
            },
            tokens: null,
          }
        : { vendor: 'tuya', credentials: { accessId: info.tuya.accessId, accessSecret: info.tuya.accessSecret }, tokens: null }
    }
    if (!this.secretCache.has(record.id)) this.secretCache.set(record.id, parseStoredSecrets(await this.deps.secrets.get(record.id)))
    return this.secretCache.get(record.id) ?? null
  }

  /** Keychain writes of one connection happen one after another, newest last. */
  private saveSecrets(id: string, secrets: StoredSecrets): Promise<unknown> {
    this.secretCache.set(id, secrets)
    const previous = this.writes.get(id) ?? Promise.resolve()
    const next = previous.then(() => this.deps.secrets.set(id, JSON.stringify(secrets))).catch(() => undefined)
    this.writes.set(id, next)
    return next
  }

  private require(id: string): ConnectionRecord {
    const record = this.deps.repo.get(id)
    if (!record) throw new AppErrorException(appError('not_found', { messageKey: 'errors.connections.notFound', params: { field: 'id' } }))
    return record
  }

  private async changed(record: ConnectionRecord): Promise<ConnectionSummary> {
    this.deps.onChange(await this.list())
    return this.summary(this.deps.repo.get(record.id) ?? record)
  }

  private async summary(record: ConnectionRecord): Promise<ConnectionSummary> {
    const secrets = await this.secretsOf(record).catch(() => null)
    return {
      ...record,
      hasCredentials: secrets !== null,
      state: this.status.state(record.id, Boolean(secrets?.tokens)),
      account: accountOf(record, secrets),
    }
  }
}

function resolveBaseUrl(vendor: Vendor, server: Server): string {
  if (server.kind === 'custom') return normaliseCloudBaseUrl(server.baseUrl)
  const preset = findRegion(vendor, server.region)
  if (!preset) throw new AppErrorException(appError('invalid_input', { messageKey: 'errors.connections.unknownRegion', params: { field: 'server.region' } }))
  return preset.baseUrl
}

/** The account's projects (a Tuya connection has one: the project it was added with). */
async function projectsOf(session: CloudSession, record: ConnectionRecord): Promise<ProjectSummary[]> {
  if (session.vendor === 'tuya') {
    await probe(session)
    return [{ connectionId: record.id, id: session.projectId, name: record.label }]
  }
  const out: ProjectSummary[] = []
  for await (const p of session.client.iterateProjects()) out.push({ connectionId: record.id, id: p.projectId, name: p.projectName })
  return out
}

/** One cheap call that proves the credentials and (Tuya) the project. */
async function probe(session: CloudSession): Promise<void> {
  if (session.vendor === 'akuvox') await session.client.getProjectList({ pageIndex: 1, pageSize: 1 })
  else await session.client.listPersons({ page: 1, pageSize: 1 })
}

function mergeSecrets(old: StoredSecrets, change: EditConnectionInput['credentials']): StoredSecrets {
  if (!change) return { ...old, tokens: null }
  if (old.vendor === 'akuvox' && change.vendor === 'akuvox') {
    const { vendor: _v, ...fields } = change
    return { vendor: 'akuvox', credentials: { ...old.credentials, ...definedOnly(fields) }, tokens: null }
  }
  if (old.vendor === 'tuya' && change.vendor === 'tuya') {
    return {
      vendor: 'tuya',
      credentials: { ...old.credentials, ...definedOnly({ accessId: change.accessId, accessSecret: change.accessSecret }) },
      tokens: null,
    }
  }
  throw new AppErrorException(appError('invalid_input', { params: { field: 'credentials.vendor' } }))
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>
}

function accountOf(record: ConnectionRecord, secrets: StoredSecrets | null): ConnectionAccount {
  if (record.vendor === 'akuvox') {
    const c = secrets?.vendor === 'akuvox' ? secrets.credentials : null
    return { vendor: 'akuvox', clientId: c?.clientId ?? '', username: c?.username ?? '' }
  }
  const c = secrets?.vendor === 'tuya' ? secrets.credentials : null
  return { vendor: 'tuya', accessId: c?.accessId ?? '', projectId: record.defaultProjectId ?? '' }
}

/** The cloud did not answer (as opposed to refusing): the cache may stand in. */
function isUnreachable(error: unknown): boolean {
  const code = toAppError(error).code
  return code === 'network' || code === 'timeout' || code === 'unavailable' || code === 'server'
}
