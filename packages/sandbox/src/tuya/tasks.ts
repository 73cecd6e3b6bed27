import { hashString } from '../common/random'
import { RECORD_STATUS_CODES, type RecordStatus, TASK_OUTCOME_RESULT_CODES, TASK_PROGRESS_RESULT_CODES, type TaskOutcome, type TaskProgress } from './enums'
import { fail } from './errors'
import { ID_KIND, mintId } from './ids'
import type { FailedPart, SbAuth, SbCredentialCounts, SbPerson, SbRecord, SbTask, TuyaSite } from './model'
import type { SendSettings } from './routes/route'
import { deviceOnline } from './online'

/** A task waits this long before the device is contacted… */
const TASK_START_DELAY_MS = 1_000
/** …then its records complete evenly over this span: a send takes seconds, as on site. */
const TASK_RUN_SPAN_MS = 4_000
const INITIALISING_MS = 300

/** Which credentials a send certificate policy pushes (send meaning of authIssueCertificate). */
function policy(certificate: number): { readonly face: boolean; readonly password: boolean } {
  return { face: certificate === 2 || certificate === 4, password: certificate === 3 || certificate === 4 }
}

function isActive(site: TuyaSite, auth: SbAuth): SbPerson | null {
  const person = site.persons.get(auth.personId)
  return person && person.deletedAt === null ? person : null
}

/** Something the policy would push to this person is still "to be sent" on this channel. */
function pending(auth: SbAuth, person: SbPerson, certificate: number): boolean {
  const p = policy(certificate)
  return (
    (person.cards > 0 && auth.card === 0) || (p.face && person.imagePath !== '' && auth.face === 0) || (p.password && person.hasPassword && auth.password === 0)
  )
}

function counts(person: SbPerson, certificate: number): SbCredentialCounts {
  const p = policy(certificate)
  // Fingerprints are not in any send policy (seed 004): they never ride along.
  return { cards: person.cards, faces: p.face && person.imagePath ? 1 : 0, passwords: p.password && person.hasPassword ? 1 : 0, fingerprints: 0 }
}

/**
 * Starts one task per channel. Full sends cover every permission on the channel, incremental
 * ones only those with something still to be sent. Each record's fate is fixed now: it fails
 * when the channel's device is offline at the start, for a person scripted to fail (only the
 * scripted part of them), or for `sendFailureRate` of the others (deterministic per task and
 * person), and lands at its due time.
 */
export function startSend(site: TuyaSite, kind: number, certificate: number, channelIds: readonly string[], now: number, settings: SendSettings): string[] {
  for (const channelId of channelIds) if (!site.channels.has(channelId)) throw fail(1109, `channel ${channelId} does not exist`)
  const runsAt = now + TASK_START_DELAY_MS
  return [...new Set(channelIds)].map((channelId) => {
    const channel = site.channels.get(channelId)
    const device = channel ? site.devices.get(channel.deviceId) : undefined
    const online = device ? deviceOnline(device, now) : false
    const authTaskId = mintId(site, ID_KIND.task)
    const covered = (site.authsByChannel.get(channelId) ?? []).flatMap((auth) => {
      const person = isActive(site, auth)
      return person && (kind === 1 || pending(auth, person, certificate)) ? [{ auth, person }] : []
    })
    const records: SbRecord[] = covered.map(({ auth, person }, i) => {
      const scripted = online ? settings.failingPersons.get(person.personId) : undefined
      const record: SbRecord = {
        authTaskRecordId: mintId(site, ID_KIND.record),
        authTaskId,
        personId: person.personId,
        accessAuthId: auth.accessAuthId,
        dueAt: runsAt + Math.ceil(((i + 1) * TASK_RUN_SPAN_MS) / covered.length),
        fails: !online || scripted !== undefined || hashString(`${authTaskId}:${person.personId}`) / 0x1_0000_0000 < settings.sendFailureRate,
        ...(scripted === undefined ? {} : { failedPart: scripted }),
        counts: counts(person, certificate),
        applied: false,
      }
      site.recordsById.set(record.authTaskRecordId, record)
      return record
    })
    const task: SbTask = {
      authTaskId,
      channelId,
      kind,
      certificate,
      startedAt: now,
      runsAt,
      finishAt: records.at(-1)?.dueAt ?? runsAt,
      records,
    }
    site.tasks.push(task)
    site.tasksById.set(authTaskId, task)
    return authTaskId
  })
}

/**
 * Lands every record due by `now` on the permissions: success marks what was pushed as sent,
 * failure leaves it to be sent. Called before each request, so state follows the clock.
 * Returns how many records landed (permission statuses may have changed).
 */
export function advanceTasks(site: TuyaSite, now: number): number {
  let landed = 0
  for (const task of site.tasks) {
    if (task.records.length === 0 || task.records.at(-1)?.applied) continue
    for (const record of task.records) {
      if (record.applied || record.dueAt > now) continue
      record.applied = true
      landed++
      const auth = site.auths.get(record.accessAuthId)
      if (!auth) continue
      const value = (part: FailedPart): number => (partFailed(record, part) ? 0 : 1)
      if (record.counts.cards > 0) auth.card = value('card')
      if (record.counts.faces > 0) auth.face = value('face')
      if (record.counts.passwords > 0) auth.password = value('password')
    }
  }
  return landed
}

/** Whether this part of a record failed: all of a failed record, unless one credential was scripted to fail. */
export function partFailed(record: SbRecord, part: FailedPart): boolean {
  if (!record.fails) return false
  return record.failedPart === undefined || record.failedPart === 'person' || record.failedPart === part
}

export function recordStatus(record: SbRecord): RecordStatus {
  if (!record.applied) return 'initialised'
  return record.fails ? 'failed' : 'succeeded'
}

export function taskProgress(task: SbTask, now: number): TaskProgress {
  if (now >= task.finishAt && task.records.every((r) => r.applied)) return 'completed'
  if (now >= task.runsAt) return 'running'
  return now >= task.startedAt + INITIALISING_MS ? 'notStarted' : 'initialised'
}

export function taskOutcome(task: SbTask, now: number): TaskOutcome {
  if (taskProgress(task, now) !== 'completed') return 'notStarted'
  const ok = successCount(task)
  if (ok === task.records.length) return 'succeeded'
  return ok === 0 ? 'failed' : 'partial'
}

export function successCount(task: SbTask): number {
  return task.records.filter((r) => recordStatus(r) === 'succeeded').length
}

export const progressCode = (p: TaskProgress): number => TASK_PROGRESS_RESULT_CODES[p]
export const outcomeCode = (o: TaskOutcome): number => TASK_OUTCOME_RESULT_CODES[o]
export const recordCode = (s: RecordStatus): number => RECORD_STATUS_CODES[s]
