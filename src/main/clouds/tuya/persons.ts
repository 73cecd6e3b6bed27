import { z } from 'zod'
import {
  type TuyaPage,
  type TuyaPerson,
  type TuyaPersonEdit,
  type TuyaPersonFilter,
  type TuyaPersonInput,
  type TuyaPersonMove,
  type TuyaRecycleFilter,
  TUYA_SEARCH_SCOPE_CODES,
  TUYA_SEX_CODES,
} from '@shared/domain/tuya'
import type { TuyaApi } from './api'
import { codeOf, sexFromCode } from './codes'
import { decode, flag, id, num, text, textList } from './decode'
import { pageSchema, paging, toPage } from './paging'
import { compact } from './query'
import type { CallOptions } from './call-options'

const BASE = '/v1.0/iot-02/building/personnel'

const personSchema = z
  .object({
    personId: id,
    name: text,
    enabled: num,
    sex: num,
    sexStr: text,
    mobileCountry: text,
    mobile: text,
    email: text,
    certArea: text,
    certType: text,
    certTypeStr: text,
    certNo: text,
    feature: text,
    imageUrl: text,
    imagePath: text,
    checked: flag,
    imageRating: num,
    pass: flag,
    personCode: text,
    structureIds: textList,
    structureNames: textList,
    structureName: text,
    structureSnapshots: textList,
  })
  .transform((p): TuyaPerson => ({
    ...p,
    // 1 enabled, 2 disabled; absent means the documented default (1).
    enabled: p.enabled !== 2,
    sex: sexFromCode(p.sex),
  }))

const personPage = pageSchema(personSchema)

function enabledCode(enabled: boolean | undefined): number | undefined {
  return enabled === undefined ? undefined : enabled ? 1 : 2
}

function filterQuery(api: TuyaApi, filter: TuyaPersonFilter): Record<string, string | number | undefined> {
  const p = paging(filter)
  return {
    projectId: api.projectId,
    structureId: filter.structureId,
    searchType: codeOf(TUYA_SEARCH_SCOPE_CODES, filter.searchScope),
    name: filter.name,
    enabled: enabledCode(filter.enabled),
    sex: codeOf(TUYA_SEX_CODES, filter.sex),
    mobile: filter.mobile,
    email: filter.email,
    certType: filter.certType,
    certNo: filter.certNo,
    feature: filter.feature,
    personCode: filter.personCode,
    page: p.page,
    pageSize: p.pageSize,
  }
}

export async function listPersons(api: TuyaApi, filter: TuyaPersonFilter = {}, options: CallOptions = {}): Promise<TuyaPage<TuyaPerson>> {
  const { result } = await api.call({
    method: 'GET',
    path: BASE,
    query: filterQuery(api, filter),
    kind: 'read',
    label: 'GET personnel',
    signal: options.signal,
  })
  return toPage(decode(personPage, result, 'personnel'), paging(filter))
}

function personBody(api: TuyaApi, input: Partial<TuyaPersonInput>): Record<string, unknown> {
  return compact({
    projectId: api.projectId,
    personId: input.personId,
    structureId: input.structureId,
    name: input.name,
    enabled: enabledCode(input.enabled),
    sex: codeOf(TUYA_SEX_CODES, input.sex),
    mobileCountry: input.mobileCountry,
    mobile: input.mobile,
    email: input.email,
    certArea: input.certArea,
    certType: input.certType,
    certNo: input.certNo,
    imagePath: input.imagePath,
    imageRating: input.imageRating,
    personCode: input.personCode,
    uploadType: input.uploadType,
  })
}

/**
 * Like every write, a lost answer surfaces as "outcome unknown" (the person may exist now) for
 * the caller to check the list; it is never resent here.
 */
export async function addPerson(api: TuyaApi, input: TuyaPersonInput, options: CallOptions = {}): Promise<void> {
  await api.call({ method: 'POST', path: BASE, body: personBody(api, input), kind: 'write', label: 'POST personnel', signal: options.signal })
}

export async function editPerson(api: TuyaApi, edit: TuyaPersonEdit, options: CallOptions = {}): Promise<void> {
  const body = { ...personBody(api, { ...edit, personId: edit.personId }), ...compact({ originStructureId: edit.originStructureId }) }
  await api.call({ method: 'PUT', path: BASE, body, kind: 'write', label: 'PUT personnel', signal: options.signal })
}

export async function getPerson(api: TuyaApi, personId: string, options: CallOptions = {}): Promise<TuyaPerson> {
  const { result } = await api.call({
    method: 'GET',
    path: `${BASE}/${encodeURIComponent(personId)}/actions/detail`,
    query: { projectId: api.projectId, personId },
    kind: 'read',
    label: 'GET personnel/{id}/actions/detail',
    signal: options.signal,
  })
  return decode(personSchema, result, 'personnel detail')
}

export async function disablePersons(api: TuyaApi, personIds: readonly string[], options: CallOptions = {}): Promise<void> {
  await api.call({
    method: 'PUT',
    path: `${BASE}/actions/disable`,
    body: { projectId: api.projectId, personIdList: personIds },
    kind: 'write',
    label: 'PUT personnel/actions/disable',
    signal: options.signal,
  })
}

function moveBody(api: TuyaApi, move: TuyaPersonMove): Record<string, unknown> {
  return compact({
    projectId: api.projectId,
    personIdList: move.personIds,
    originStructureId: move.originStructureId,
    targetStructureId: move.targetStructureId,
  })
}

/** Moves persons to the recycle bin. */
export async function deletePersons(api: TuyaApi, move: TuyaPersonMove, options: CallOptions = {}): Promise<void> {
  await api.call({
    method: 'DELETE',
    path: `${BASE}/actions/delete`,
    body: moveBody(api, move),
    kind: 'write',
    label: 'DELETE personnel/actions/delete',
    signal: options.signal,
  })
}

export async function listRecycledPersons(api: TuyaApi, filter: TuyaRecycleFilter = {}, options: CallOptions = {}): Promise<TuyaPage<TuyaPerson>> {
  const { result } = await api.call({
    method: 'GET',
    path: `${BASE}/recycle-list`,
    query: { ...filterQuery(api, filter), structureSnapshotName: filter.structureSnapshotName },
    kind: 'read',
    label: 'GET personnel/recycle-list',
    signal: options.signal,
  })
  return toPage(decode(personPage, result, 'personnel recycle-list'), paging(filter))
}

export async function getRecycledPerson(api: TuyaApi, personId: string, options: CallOptions = {}): Promise<TuyaPerson> {
  const { result } = await api.call({
    method: 'GET',
    path: `${BASE}/${encodeURIComponent(personId)}/recycle-detail`,
    query: { projectId: api.projectId, personId },
    kind: 'read',
    label: 'GET personnel/{id}/recycle-detail',
    signal: options.signal,
  })
  return decode(personSchema, result, 'personnel recycle-detail')
}

export async function recoverPersons(api: TuyaApi, move: TuyaPersonMove, options: CallOptions = {}): Promise<void> {
  await api.call({
    method: 'PUT',
    path: `${BASE}/actions/recover`,
    body: moveBody(api, move),
    kind: 'write',
    label: 'PUT personnel/actions/recover',
    signal: options.signal,
  })
}
