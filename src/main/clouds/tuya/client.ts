import type {
  TuyaAccessAuth,
  TuyaAccessAuthDetail,
  TuyaAccessAuthFilter,
  TuyaAuthTask,
  TuyaAuthTaskDetail,
  TuyaAuthTaskFilter,
  TuyaChannel,
  TuyaChannelFilter,
  TuyaCredentials,
  TuyaIssueInfo,
  TuyaOrganisation,
  TuyaPage,
  TuyaPaging,
  TuyaPerson,
  TuyaPersonEdit,
  TuyaPersonFilter,
  TuyaPersonInput,
  TuyaPersonMove,
  TuyaRecycleFilter,
  TuyaSendResult,
  TuyaTaskRecord,
  TuyaTaskRecordFilter,
  TuyaTaskRecords,
  TuyaTokens,
} from '@shared/domain/tuya'
import type { Logger } from '../../log/logger'
import type { Redactor } from '../../log/redact'
import { DEFAULT_RETRY, type RetryPolicy } from '../backoff'
import { normaliseCloudBaseUrl } from '../base-url'
import type { HttpTransport } from '../http'
import { TuyaApi } from './api'
import { listChannels } from './channels'
import { ServerClock } from './clock'
import { type FacePictureBytes, fetchFacePicture } from './face-picture'
import { getOrganisationChildren } from './organisations'
import { type IterateOptions, iteratePages } from './paging'
import { getAccessAuth, listAccessAuth } from './permissions'
import type { CallOptions } from './call-options'
import { addPerson, deletePersons, disablePersons, editPerson, getPerson, getRecycledPerson, listPersons, listRecycledPersons, recoverPersons } from './persons'
import { TuyaRequester } from './request'
import { type SendInput, SendLedger, sendPermissions } from './sends'
import { getAuthTask, getIssueInfo, listAuthTaskRecords, listAuthTasks } from './tasks'
import { TokenManager } from './token'
import { rateKey } from '../rate-key'

export interface TuyaClientOptions {
  /** A region preset (`REGIONS.tuya` in shared/domain/regions) or a custom URL (https; http only on loopback). */
  readonly baseUrl: string
  readonly credentials: TuyaCredentials
  readonly projectId: string
  readonly transport: HttpTransport
  readonly logger: Logger
  /** Tokens are registered here as they are minted, so no log line ever shows one. */
  readonly redactor?: Redactor
  /** The local clock; the server's is learnt from each answer. */
  readonly now?: () => number
  readonly nonce?: () => string
  /** Tokens kept from an earlier session (the vault). */
  readonly tokens?: TuyaTokens
  /** Called whenever tokens change (null after sign-out), so the vault can keep them. */
  readonly onTokens?: (tokens: TuyaTokens | null) => void
  /** Retries of reads and throttled calls (each re-signed); default: the shared policy. */
  readonly retry?: RetryPolicy
  readonly random?: () => number
  /** Whose pace the calls share: the connection's id (default: the vendor's name, for tests and tools). */
  readonly rateScope?: string
}

export interface TuyaClient {
  readonly projectId: string
  // persons (seed 003)
  listPersons(filter?: TuyaPersonFilter, options?: CallOptions): Promise<TuyaPage<TuyaPerson>>
  addPerson(input: TuyaPersonInput, options?: CallOptions): Promise<void>
  editPerson(edit: TuyaPersonEdit, options?: CallOptions): Promise<void>
  getPerson(personId: string, options?: CallOptions): Promise<TuyaPerson>
  disablePersons(personIds: readonly string[], options?: CallOptions): Promise<void>
  deletePersons(move: TuyaPersonMove, options?: CallOptions): Promise<void>
  listRecycledPersons(filter?: TuyaRecycleFilter, options?: CallOptions): Promise<TuyaPage<TuyaPerson>>
  getRecycledPerson(personId: string, options?: CallOptions): Promise<TuyaPerson>
  recoverPersons(move: TuyaPersonMove, options?: CallOptions): Promise<void>
  /** A person's face picture from their `imageUrl`, on the cloud's origin or domain only (face-picture.ts). */
  facePicture(imageUrl: string, options?: CallOptions): Promise<FacePictureBytes>
  // permissions and sends (seed 004)
  listAccessAuth(filter?: TuyaAccessAuthFilter, options?: CallOptions): Promise<TuyaPage<TuyaAccessAuth>>
  getAccessAuth(accessAuthId: string, options?: CallOptions): Promise<TuyaAccessAuthDetail>
  sendAllPermissions(input: SendInput, options?: CallOptions): Promise<TuyaSendResult>
  sendAdditionalPermissions(input: SendInput, options?: CallOptions): Promise<TuyaSendResult>
  listAuthTasks(filter?: TuyaAuthTaskFilter, options?: CallOptions): Promise<TuyaPage<TuyaAuthTask>>
  getAuthTask(authTaskId: string, options?: CallOptions): Promise<TuyaAuthTaskDetail>
  listAuthTaskRecords(authTaskId: string, filter?: TuyaTaskRecordFilter, options?: CallOptions): Promise<TuyaTaskRecords>
  getIssueInfo(authTaskRecordId: string, options?: CallOptions): Promise<TuyaIssueInfo>
  // where to send and where to place (docs/clouds.md#tuya-endpoints)
  listChannels(filter?: TuyaChannelFilter, options?: CallOptions): Promise<TuyaPage<TuyaChannel>>
  getOrganisationChildren(structureId: string, options?: CallOptions): Promise<readonly TuyaOrganisation[]>
  // every page, in order, with bounded concurrency
  iteratePersons(filter?: Omit<TuyaPersonFilter, keyof TuyaPaging>, options?: IterateOptions): AsyncGenerator<TuyaPage<TuyaPerson>>
  iterateRecycledPersons(filter?: Omit<TuyaRecycleFilter, keyof TuyaPaging>, options?: IterateOptions): AsyncGenerator<TuyaPage<TuyaPerson>>
  iterateAccessAuth(filter?: Omit<TuyaAccessAuthFilter, keyof TuyaPaging>, options?: IterateOptions): AsyncGenerator<TuyaPage<TuyaAccessAuth>>
  iterateAuthTasks(filter?: Omit<TuyaAuthTaskFilter, keyof TuyaPaging>, options?: IterateOptions): AsyncGenerator<TuyaPage<TuyaAuthTask>>
  iterateAuthTaskRecords(
    authTaskId: string,
    filter?: Omit<TuyaTaskRecordFilter, keyof TuyaPaging>,
    options?: IterateOptions,
  ): AsyncGenerator<TuyaPage<TuyaTaskRecord>>
  iterateChannels(filter?: Omit<TuyaChannelFilter, keyof TuyaPaging>, options?: IterateOptions): AsyncGenerator<TuyaPage<TuyaChannel>>
  /** The cloud's clock as this client last learnt it (task start times are on it). */
  serverNow(): number
  /** The tokens in use, if any (for the vault). */
  tokens(): TuyaTokens | null
  /** Forgets the tokens (Tuya has no revoke API). */
  signOut(): void
}

export function createTuyaClient(options: TuyaClientOptions): TuyaClient {
  const localNow = options.now ?? Date.now
  const clock = new ServerClock(localNow)
  const logger = options.logger.child('tuya')
  const baseUrl = normaliseCloudBaseUrl(options.baseUrl)
  const requester = new TuyaRequester({
    baseUrl,
    credentials: options.credentials,
    transport: options.transport,
    logger,
    clock,
    localNow,
    nonce: options.nonce,
    retry: options.retry ?? DEFAULT_RETRY,
    random: options.random ?? Math.random,
    // Tuya limits per cloud project.
    rateKey: rateKey(options.rateScope ?? 'tuya', options.projectId),
  })
  const tokens = new TokenManager({ requester, clock, logger, redactor: options.redactor, initial: options.tokens, onTokens: options.onTokens })
  const api = new TuyaApi(requester, tokens, options.projectId)
  const ledger = new SendLedger()
  return {
    projectId: options.projectId,
    listPersons: (filter, o) => listPersons(api, filter, o),
    addPerson: (input, o) => addPerson(api, input, o),
    editPerson: (edit, o) => editPerson(api, edit, o),
    getPerson: (personId, o) => getPerson(api, personId, o),
    disablePersons: (ids, o) => disablePersons(api, ids, o),
    deletePersons: (move, o) => deletePersons(api, move, o),
    listRecycledPersons: (filter, o) => listRecycledPersons(api, filter, o),
    getRecycledPerson: (personId, o) => getRecycledPerson(api, personId, o),
    recoverPersons: (move, o) => recoverPersons(api, move, o),
    facePicture: (imageUrl, o) => fetchFacePicture(options.transport, baseUrl, imageUrl, o),
    listAccessAuth: (filter, o) => listAccessAuth(api, filter, o),
    getAccessAuth: (authId, o) => getAccessAuth(api, authId, o),
    sendAllPermissions: (input, o) => sendPermissions(api, ledger, 'full', input, o),
    sendAdditionalPermissions: (input, o) => sendPermissions(api, ledger, 'increment', input, o),
    listAuthTasks: (filter, o) => listAuthTasks(api, filter, o),
    getAuthTask: (taskId, o) => getAuthTask(api, taskId, o),
    listAuthTaskRecords: (taskId, filter, o) => listAuthTaskRecords(api, taskId, filter, o),
    getIssueInfo: (recordId, o) => getIssueInfo(api, recordId, o),
    listChannels: (filter, o) => listChannels(api, filter, o),
    getOrganisationChildren: (structureId, o) => getOrganisationChildren(api, structureId, o),
    iteratePersons: (filter, o) => iteratePages((p, signal) => listPersons(api, { ...filter, ...p }, { signal }), o),
    iterateRecycledPersons: (filter, o) => iteratePages((p, signal) => listRecycledPersons(api, { ...filter, ...p }, { signal }), o),
    iterateAccessAuth: (filter, o) => iteratePages((p, signal) => listAccessAuth(api, { ...filter, ...p }, { signal }), o),
    iterateAuthTasks: (filter, o) => iteratePages((p, signal) => listAuthTasks(api, { ...filter, ...p }, { signal }), o),
    iterateAuthTaskRecords: (taskId, filter, o) =>
      iteratePages(async (p, signal) => (await listAuthTaskRecords(api, taskId, { ...filter, ...p }, { signal })).records, o),
    iterateChannels: (filter, o) => iteratePages((p, signal) => listChannels(api, { ...filter, ...p }, { signal }), o),
    serverNow: () => api.now,
    tokens: () => tokens.current,
    signOut: () => tokens.signOut(),
  }
}
