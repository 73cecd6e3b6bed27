import { z } from 'zod'
import {
  type TuyaAccessAuth,
  type TuyaAccessAuthDetail,
  type TuyaAccessAuthFilter,
  type TuyaIssueStatus,
  type TuyaPage,
  TUYA_AUTH_VALIDITY_CODES,
  TUYA_ISSUE_STATUS_CODES,
  TUYA_SEX_CODES,
} from '@shared/domain/tuya'
import type { TuyaApi } from './api'
import { codeOf, sexFromCode } from './codes'
import { decode, id, num, text, textList } from './decode'
import { pageSchema, paging, toPage } from './paging'
import type { CallOptions } from './call-options'
import { compact } from './query'

const BASE = '/v1.0/iot-02/building/access-auth'

/** 0 to be sent, 1 already sent. */
const issueStatus = num.transform((code): TuyaIssueStatus => (code === 1 ? 'sent' : 'pending'))

const common = {
  personId: id,
  name: text,
  sex: num.transform(sexFromCode),
  mobileCountry: text,
  mobile: text,
  personCode: text,
  businessDeviceName: text,
  accessControlChannelName: text,
  accessControlChannelNo: text,
  accessChannelRoomId: text,
  accessChannelPositionPath: text,
  authStartTime: num,
  authEndTime: num,
  totalCardNum: num,
  authCardNum: num,
  totalFaceNum: num,
  authFaceNum: num,
  totalFingerprintNum: num,
  authFingerprintNum: num,
  faceIssueStatus: issueStatus,
  cardIssueStatus: issueStatus,
  fingerprintIssueStatus: issueStatus,
}

const accessAuthSchema = z
  .object({
    ...common,
    accessAuthId: id,
    structureIds: textList,
    accessAuthTimeRangeId: text,
    accessAuthTimeRangeStr: text,
    accessControlChannelId: text,
  })
  .transform((a): TuyaAccessAuth => a)

const detailSchema = z
  .object({
    ...common,
    imageUrl: text,
    sexStr: text,
    structureNames: textList,
    authCreateTime: num,
    authSource: text,
    authSourceStr: text,
  })
  .transform((a): TuyaAccessAuthDetail => a)

const accessAuthPage = pageSchema(accessAuthSchema)

/** A "list" that is a POST with a JSON body (docs/clouds.md#tuya-parameters-and-casing): a read, so retried like one. */
export async function listAccessAuth(api: TuyaApi, filter: TuyaAccessAuthFilter = {}, options: CallOptions = {}): Promise<TuyaPage<TuyaAccessAuth>> {
  const p = paging(filter)
  const body = compact({
    projectId: api.projectId,
    name: filter.name,
    sex: codeOf(TUYA_SEX_CODES, filter.sex),
    mobile: filter.mobile,
    structureId: filter.structureId,
    personCode: filter.personCode,
    authDateType: codeOf(TUYA_AUTH_VALIDITY_CODES, filter.validity),
    accessControlChannelName: filter.accessControlChannelName,
    accessChannelRoomId: filter.accessChannelRoomId,
    businessDeviceName: filter.businessDeviceName,
    authStartTime: filter.authStartTime,
    authEndTime: filter.authEndTime,
    faceIssueStatus: codeOf(TUYA_ISSUE_STATUS_CODES, filter.faceIssueStatus),
    cardIssueStatus: codeOf(TUYA_ISSUE_STATUS_CODES, filter.cardIssueStatus),
    fingerprintIssueStatus: codeOf(TUYA_ISSUE_STATUS_CODES, filter.fingerprintIssueStatus),
    channelIds: filter.channelIds,
    page: p.page,
    pageSize: p.pageSize,
  })
  const { result } = await api.call({ method: 'POST', path: BASE, body, kind: 'read', label: 'POST access-auth', signal: options.signal })
  return toPage(decode(accessAuthPage, result, 'access-auth'), p)
}

export async function getAccessAuth(api: TuyaApi, accessAuthId: string, options: CallOptions = {}): Promise<TuyaAccessAuthDetail> {
  const { result } = await api.call({
    method: 'GET',
    path: `${BASE}/detail`,
    query: { projectId: api.projectId, accessAuthId },
    kind: 'read',
    label: 'GET access-auth/detail',
    signal: options.signal,
  })
  return decode(detailSchema, result, 'access-auth detail')
}
