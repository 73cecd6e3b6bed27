import { z } from 'zod'
import {
  type TuyaAuthTask,
  type TuyaAuthTaskDetail,
  type TuyaAuthTaskFilter,
  type TuyaIssueCounts,
  type TuyaIssueInfo,
  type TuyaPage,
  type TuyaTaskRecordFilter,
  type TuyaTaskRecords,
  type TuyaTaskRecord,
  TUYA_AUTH_NUM_FILTER_CODES,
  TUYA_RECORD_STATUS_CODES,
  TUYA_SEND_KIND_CODES,
  TUYA_TASK_CERTIFICATE_CODES,
  TUYA_TASK_OUTCOME_FILTER_CODES,
  TUYA_TASK_OUTCOME_RESULT_CODES,
  TUYA_TASK_PROGRESS_FILTER_CODES,
  TUYA_TASK_PROGRESS_RESULT_CODES,
} from '@shared/domain/tuya'
import type { TuyaApi } from './api'
import { codeOf, decodeCode } from './codes'
import { decode, id, num, text, timeOrNull } from './decode'
import { pageSchema, paging, toPage } from './paging'
import type { CallOptions } from './call-options'
import { compact } from './query'

const BASE = '/v1.0/iot-02/building/access-auth-task'

/**
 * Results are decoded by the RESULT enums (progress 0..4 with 4 = completed; status 0..4 with
 * 2 = all successful). Filters are encoded by the FILTER enums, which number the same states
 * differently (progress 1 = completed; status 1 = all successful). See src/shared/domain/tuya.ts.
 */
const taskSchema = z
  .object({
    authTaskId: id,
    taskStartTime: num,
    taskFinishTime: timeOrNull,
    accessControlChannelName: text,
    accessControlChannelNo: text,
    accessChannelPositionPath: text,
    businessDeviceName: text,
    authNum: num,
    successNum: num,
    authIssueType: num,
    authTaskProgress: num,
    authTaskStatus: num,
  })
  .transform(({ authIssueType, authTaskProgress, authTaskStatus, ...t }): TuyaAuthTask => ({
    ...t,
    kind: decodeCode(TUYA_SEND_KIND_CODES, authIssueType),
    progress: decodeCode(TUYA_TASK_PROGRESS_RESULT_CODES, authTaskProgress),
    outcome: decodeCode(TUYA_TASK_OUTCOME_RESULT_CODES, authTaskStatus),
  }))

const taskDetailSchema = z
  .object({
    taskStartTime: num,
    taskFinishTime: timeOrNull,
    authIssueCertificate: num,
    authIssueCertificateStr: text,
    accessControlChannelName: text,
    accessControlChannelNo: text,
    accessChannelPositionPath: text,
    businessDeviceName: text,
  })
  .transform(({ authIssueCertificate, ...t }): TuyaAuthTaskDetail => ({
    ...t,
    // Meaning 2 of authIssueCertificate (3 = card + fingerprint), as the task detail documents it.
    certificates: decodeCode(TUYA_TASK_CERTIFICATE_CODES, authIssueCertificate),
  }))

const recordSchema = z
  .object({
    projectId: text,
    authTaskRecordId: id,
    personId: text,
    name: text,
    mobileCountry: text,
    mobile: text,
    structureName: text,
    accessAuthTimeRangeId: text,
    accessAuthTimeRangeStr: text,
    authIssueTime: timeOrNull,
    issueStatus: num,
  })
  .transform(({ issueStatus, ...r }): TuyaTaskRecord => ({ ...r, issueStatus: decodeCode(TUYA_RECORD_STATUS_CODES, issueStatus) }))

const recordsSchema = z.object({
  totalNum: num,
  successNum: num,
  recordListVOList: pageSchema(recordSchema).nullish(),
})

const countsSchema = z
  .object({ successIssueNum: num, failIssueNum: num, successIssueDelNum: num, failIssueDelNum: num })
  .nullish()
  .transform((c): TuyaIssueCounts => c ?? { successIssueNum: 0, failIssueNum: 0, successIssueDelNum: 0, failIssueDelNum: 0 })

const issueInfoSchema = z
  .object({
    projectId: text,
    authTaskRecordId: text,
    personIssueResult: countsSchema,
    cardIssueResult: countsSchema,
    cardPwdIssueResult: countsSchema,
    faceIssueResult: countsSchema,
    fingerprintIssueResult: countsSchema,
  })
  .transform((i): TuyaIssueInfo => ({
    projectId: i.projectId,
    authTaskRecordId: i.authTaskRecordId,
    person: i.personIssueResult,
    card: i.cardIssueResult,
    cardPassword: i.cardPwdIssueResult,
    face: i.faceIssueResult,
    fingerprint: i.fingerprintIssueResult,
  }))

const taskPage = pageSchema(taskSchema)

export async function listAuthTasks(api: TuyaApi, filter: TuyaAuthTaskFilter = {}, options: CallOptions = {}): Promise<TuyaPage<TuyaAuthTask>> {
  const p = paging(filter)
  const body = compact({
    projectId: api.projectId,
    issueType: filter.inProgress === undefined ? undefined : filter.inProgress ? 1 : 2,
    taskStartStartTime: filter.taskStartFrom,
    taskStartEndTime: filter.taskStartTo,
    taskFinishStartTime: filter.taskFinishFrom,
    taskFinishEndTime: filter.taskFinishTo,
    accessControlChannelName: filter.accessControlChannelName,
    accessChannelPositionPath: filter.accessChannelPositionPath,
    businessDeviceName: filter.businessDeviceName,
    authNumType: codeOf(TUYA_AUTH_NUM_FILTER_CODES, filter.authNum),
    authIssueType: codeOf(TUYA_SEND_KIND_CODES, filter.kind),
    // Meaning 2 of authIssueCertificate: the task filter's 1 card, 2 card+face, 3 card+fingerprint.
    authIssueCertificate: codeOf(TUYA_TASK_CERTIFICATE_CODES, filter.certificates),
    authTaskProgress: codeOf(TUYA_TASK_PROGRESS_FILTER_CODES, filter.progress),
    authTaskStatus: codeOf(TUYA_TASK_OUTCOME_FILTER_CODES, filter.outcome),
    page: p.page,
    pageSize: p.pageSize,
  })
  const { result } = await api.call({ method: 'POST', path: BASE, body, kind: 'read', label: 'POST access-auth-task', signal: options.signal })
  return toPage(decode(taskPage, result, 'access-auth-task'), p)
}

export async function getAuthTask(api: TuyaApi, authTaskId: string, options: CallOptions = {}): Promise<TuyaAuthTaskDetail> {
  const { result } = await api.call({
    method: 'GET',
    path: `${BASE}/${encodeURIComponent(authTaskId)}`,
    query: { projectId: api.projectId },
    kind: 'read',
    label: 'GET access-auth-task/{id}',
    signal: options.signal,
  })
  return decode(taskDetailSchema, result, 'access-auth-task detail')
}

export async function listAuthTaskRecords(
  api: TuyaApi,
  authTaskId: string,
  filter: TuyaTaskRecordFilter = {},
  options: CallOptions = {},
): Promise<TuyaTaskRecords> {
  const p = paging(filter)
  const body = compact({
    projectId: api.projectId,
    authTaskId,
    name: filter.name,
    mobile: filter.mobile,
    structureName: filter.structureName,
    issueStatus: codeOf(TUYA_RECORD_STATUS_CODES, filter.issueStatus),
    page: p.page,
    pageSize: p.pageSize,
  })
  const { result } = await api.call({
    method: 'POST',
    path: `${BASE}/records`,
    body,
    kind: 'read',
    label: 'POST access-auth-task/records',
    signal: options.signal,
  })
  const raw = decode(recordsSchema, result, 'access-auth-task records')
  return { totalNum: raw.totalNum, successNum: raw.successNum, records: toPage(raw.recordListVOList ?? { total: 0, list: [] }, p) }
}

export async function getIssueInfo(api: TuyaApi, authTaskRecordId: string, options: CallOptions = {}): Promise<TuyaIssueInfo> {
  const { result } = await api.call({
    method: 'GET',
    path: `${BASE}/actions/issue-info`,
    query: { projectId: api.projectId, authTaskRecordId },
    kind: 'read',
    label: 'GET access-auth-task/actions/issue-info',
    signal: options.signal,
  })
  return decode(issueInfoSchema, result, 'access-auth-task issue-info')
}
