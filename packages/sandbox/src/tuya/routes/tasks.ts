import { RECORD_STATUS_CODES, TASK_OUTCOME_FILTER_CODES, TASK_PROGRESS_FILTER_CODES, type TaskOutcomeFilter, type TaskProgressFilter } from '../enums'
import { fail } from '../errors'
import { structurePath } from '../generate'
import type { SbRecord, SbTask } from '../model'
import { paginate } from '../params'
import { recordCode, recordStatus, successCount, taskOutcome, taskProgress } from '../tasks'
import { issueInfoWire, recordWire, taskDetailWire, taskPlace, taskWire } from '../wire'
import { type Route, type RouteContext, checkProject, contains } from './route'

/** Filter code → state, by the FILTER enums (which number states unlike the results). */
function fromFilter<T extends string>(table: Readonly<Record<T, number>>, code: number | undefined): T | undefined {
  if (code === undefined) return undefined
  return (Object.keys(table) as T[]).find((k) => table[k] === code)
}

function task(ctx: RouteContext, id: string): SbTask {
  const found = ctx.site.tasksById.get(id)
  if (!found) throw fail(1000, `task ${id}`)
  return found
}

function listTasks(ctx: RouteContext): unknown {
  const p = ctx.params
  checkProject(ctx, true)
  const { site, now } = ctx
  const issueType = p.int('issueType', { allowed: [1, 2] })
  const [startFrom, startTo, finishFrom, finishTo] = ['taskStartStartTime', 'taskStartEndTime', 'taskFinishStartTime', 'taskFinishEndTime'].map((k) => p.int(k))
  const [channelName, positionPath, deviceName] = ['accessControlChannelName', 'accessChannelPositionPath', 'businessDeviceName'].map((k) => p.string(k))
  const authNumType = p.int('authNumType', { allowed: [-1, 0, 1] })
  const kind = p.int('authIssueType', { allowed: [1, 2] })
  // Task filter meaning of authIssueCertificate (1 card, 2 card+face, 3 card+fingerprint),
  // compared with the code the send stored, as the cloud keeps one integer.
  const certificate = p.int('authIssueCertificate', { allowed: [1, 2, 3] })
  const progress = fromFilter<TaskProgressFilter>(TASK_PROGRESS_FILTER_CODES, p.int('authTaskProgress', { allowed: [0, 1, 2, 3] }))
  const outcome = fromFilter<TaskOutcomeFilter>(TASK_OUTCOME_FILTER_CODES, p.int('authTaskStatus', { allowed: [1, 2, 3, 4] }))
  const matches = [...site.tasks].reverse().filter((t) => {
    const place = taskPlace(site, t)
    const done = taskProgress(t, now) === 'completed'
    const finish = done ? t.finishAt : undefined
    return (
      (issueType === undefined || (issueType === 1 ? !done : done)) &&
      (startFrom === undefined || t.startedAt >= startFrom) &&
      (startTo === undefined || t.startedAt <= startTo) &&
      (finishFrom === undefined || (finish !== undefined && finish >= finishFrom)) &&
      (finishTo === undefined || (finish !== undefined && finish <= finishTo)) &&
      contains(place.accessControlChannelName, channelName) &&
      contains(place.accessChannelPositionPath, positionPath) &&
      contains(place.businessDeviceName, deviceName) &&
      (authNumType === undefined || authNumType === -1 || (authNumType === 0) === (t.records.length === 0)) &&
      (kind === undefined || t.kind === kind) &&
      (certificate === undefined || t.certificate === certificate) &&
      (progress === undefined || taskProgress(t, now) === progress) &&
      (outcome === undefined || taskOutcome(t, now) === outcome)
    )
  })
  return paginate(matches, p.page(), (t) => taskWire(site, t, now))
}

function listRecords(ctx: RouteContext): unknown {
  const p = ctx.params
  checkProject(ctx, true)
  const t = task(ctx, p.string('authTaskId', { required: true }))
  const [name, mobile, structureName] = ['name', 'mobile', 'structureName'].map((k) => p.string(k))
  const issueStatus = p.int('issueStatus', { allowed: Object.values(RECORD_STATUS_CODES) })
  const matches = t.records.filter((r: SbRecord) => {
    const person = ctx.site.persons.get(r.personId)
    return (
      contains(person?.name ?? '', name) &&
      contains(person?.mobile ?? '', mobile) &&
      (structureName === undefined || contains(person ? structurePath(ctx.site, person.structureId).join('\\ ') : '', structureName)) &&
      (issueStatus === undefined || recordCode(recordStatus(r)) === issueStatus)
    )
  })
  return {
    totalNum: t.records.length,
    successNum: successCount(t),
    recordListVOList: paginate(matches, p.page(), (r) => recordWire(ctx.site, r)),
  }
}

export const taskRoutes: readonly Route[] = [
  { method: 'POST', template: '/access-auth-task', reads: true, handle: listTasks },
  { method: 'POST', template: '/access-auth-task/records', reads: true, handle: listRecords },
  {
    method: 'GET',
    template: '/access-auth-task/actions/issue-info',
    reads: true,
    handle: (ctx) => {
      checkProject(ctx, true)
      const id = ctx.params.string('authTaskRecordId', { required: true })
      const record = ctx.site.recordsById.get(id)
      if (!record) throw fail(1000, `task record ${id}`)
      return issueInfoWire(ctx.site, record)
    },
  },
  {
    method: 'GET',
    template: '/access-auth-task/{authTaskId}',
    reads: true,
    handle: (ctx) => {
      checkProject(ctx, true)
      return taskDetailWire(ctx.site, task(ctx, ctx.path.authTaskId ?? ''), ctx.now)
    },
  },
]
