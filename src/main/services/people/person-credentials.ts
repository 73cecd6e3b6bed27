import type { TuyaAccessAuth, TuyaPerson } from '@shared/domain/tuya'
import { appError, toAppError } from '@shared/errors'
import { biometricsOf, faceStatus, type FacePicture, type PersonBiometrics } from '@shared/people/person-face'
import { MAX_PERSON_DOORS, type PersonDoors, type SendOfDoor, personDoorsOf } from '@shared/people/person-doors'
import { channelOfTask } from '@shared/sends/task-channel'
import type { TuyaClient } from '../../clouds/tuya'
import type { Logger } from '../../log/logger'
import { OverviewRepo } from '../../store/cache/overview-repo'
import { PeopleQueryRepo } from '../../store/cache/people-query-repo'
import type { CacheScope } from '../../store/cache/scope'
import { SendFactsRepo } from '../../store/cache/send-facts-repo'
import { SendsRepo } from '../../store/cache/sends-repo'
import type { SqlDatabase } from '../../store/driver'
import { networkFailure } from '../outbox/cloud-first'
import { type SessionOf, notFound, tuyaClient } from './cloud'

export interface PersonCredentialsDeps {
  readonly db: SqlDatabase
  readonly session: SessionOf
  readonly isOnline: () => boolean
  readonly logger: Logger
  readonly now: () => number
  /** The person as the persons service reads them (the cloud when it answers, else the cache). */
  readonly person: (scope: CacheScope, personId: string) => Promise<TuyaPerson>
}

const DOORS_PAGE_SIZE = 100
/** Pages read for one person at most: their doors, and rows of namesakes a name search also finds. */
const DOOR_PAGES = 10

/**
 * A Tuya person's credentials beyond the profile: the face (with its picture, read by main and
 * handed over as a data: URL) and biometrics, and the doors their permissions open with what
 * the latest send to each did with their credentials.
 */
export class PersonCredentialsService {
  private readonly query: PeopleQueryRepo
  private readonly sends: SendsRepo
  private readonly facts: SendFactsRepo
  private readonly overview: OverviewRepo

  constructor(private readonly deps: PersonCredentialsDeps) {
    this.query = new PeopleQueryRepo(deps.db)
    this.sends = new SendsRepo(deps.db)
    this.facts = new SendFactsRepo(deps.db)
    this.overview = new OverviewRepo(deps.db)
  }

  async biometrics(scope: CacheScope, personId: string): Promise<PersonBiometrics> {
    const person = await this.deps.person(scope, personId)
    return { personId, face: faceStatus(person), picture: await this.picture(scope, person), biometrics: biometricsOf(person) }
  }

  async doors(scope: CacheScope, personId: string): Promise<PersonDoors> {
    const person = this.query.person('persons', scope, personId)
    if (!person) throw notFound('personId')
    let readError = null
    let asOf = this.overview.lastFullSync(scope, 'accessAuths')
    let more = false
    if (this.deps.isOnline()) {
      try {
        const client = await tuyaClient(this.deps.session, scope)
        const read = await this.readDoors(client, person)
        // Only a complete read says which cached permissions are gone.
        if (read.complete) this.sends.replacePersonAuths(scope, personId, read.auths)
        else this.sends.putAuths(scope, read.auths)
        more = !read.complete
        asOf = this.deps.now()
      } catch (error) {
        readError = networkFailure(error) ?? toAppError(error)
        this.deps.logger.warn('person doors: cloud read failed, showing the cache', { ...scope, code: readError.code })
      }
    }
    const auths = this.sends.auths(scope, { personId })
    return {
      personId,
      doors: personDoorsOf(auths.slice(0, MAX_PERSON_DOORS), this.latestSends(scope, personId)),
      asOf,
      readError,
      more: more || auths.length > MAX_PERSON_DOORS,
    }
  }

  /**
   * access-auth has no person filter (seed 004): it is asked by the person's work number when
   * they have one, else by name, and only rows of this person are kept. At most DOOR_PAGES pages
   * are read; a read that stops there is not `complete` (a cloud that ignored the filter).
   */
  private async readDoors(client: TuyaClient, person: TuyaPerson): Promise<{ auths: TuyaAccessAuth[]; complete: boolean }> {
    const filter = person.personCode ? { personCode: person.personCode } : { name: person.name }
    const auths: TuyaAccessAuth[] = []
    for (let page = 1; page <= DOOR_PAGES; page++) {
      const read = await client.listAccessAuth({ ...filter, page, pageSize: DOORS_PAGE_SIZE })
      auths.push(...read.items.filter((a) => a.personId === person.personId))
      if (auths.length > MAX_PERSON_DOORS) return { auths: auths.slice(0, MAX_PERSON_DOORS), complete: false }
      if (!read.hasMore || read.items.length === 0) return { auths, complete: true }
    }
    return { auths, complete: false }
  }

  /** Per channel, the newest cached task that included the person. */
  private latestSends(scope: CacheScope, personId: string): Map<string, SendOfDoor> {
    const records = this.sends.personRecords(scope, personId)
    const out = new Map<string, SendOfDoor>()
    if (records.size === 0) return out
    const channels = this.sends.channels(scope)
    for (const task of this.sends.tasks(scope)) {
      const record = records.get(task.authTaskId)
      if (!record) continue
      const channelId = channelOfTask(task, channels)
      if (channelId === null || out.has(channelId)) continue
      out.set(channelId, {
        taskId: task.authTaskId,
        startedAt: task.taskStartTime,
        finishedAt: task.taskFinishTime,
        record,
        info: this.facts.issueInfo(scope, record.authTaskRecordId),
        policy: this.facts.policy(scope, task.authTaskId),
      })
    }
    return out
  }

  private async picture(scope: CacheScope, person: TuyaPerson): Promise<FacePicture> {
    if (person.imageUrl === '') return { kind: 'none' }
    try {
      if (!this.deps.isOnline()) return { kind: 'unavailable', error: appError('network', { messageKey: 'errors.facePicture.offline' }) }
      const client = await tuyaClient(this.deps.session, scope)
      const picture = await client.facePicture(person.imageUrl)
      return { kind: 'shown', dataUrl: `data:${picture.mime};base64,${Buffer.from(picture.bytes).toString('base64')}` }
    } catch (error) {
      const appErr = toAppError(error)
      this.deps.logger.warn('face picture not shown', { ...scope, code: appErr.code, detail: appErr.detail })
      return { kind: 'unavailable', error: appErr }
    }
  }
}
