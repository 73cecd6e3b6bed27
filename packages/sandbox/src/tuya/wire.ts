import { type SbAuth, type SbChannel, type SbPerson, type SbRecord, type SbStructure, type SbTask, type TuyaSite } from './model'
import { facePictureUrl } from './face-picture'
import { structurePath } from './generate'
import { deviceOnline } from './online'
import { outcomeCode, partFailed, progressCode, recordCode, recordStatus, successCount, taskOutcome, taskProgress } from './tasks'

/** The objects the gateway answers with, in camelCase (the envelope applies the casing). */

const SEX_STR = ['Unknown', 'Male', 'Female']
const CERTIFICATE_STR: Readonly<Record<number, string>> = { 1: 'Card', 2: 'Card + face', 3: 'Card + password', 4: 'Card + password + face' }

export function personWire(site: TuyaSite, p: SbPerson, origin: string): Record<string, unknown> {
  const path = structurePath(site, p.structureId)
  const biometrics = [p.imagePath ? 'face' : '', p.fingerprints > 0 ? 'fingerprint' : ''].filter(Boolean)
  return {
    personId: p.personId,
    name: p.name,
    enabled: p.enabled ? 1 : 2,
    sex: p.sex,
    sexStr: SEX_STR[p.sex] ?? 'Unknown',
    mobileCountry: p.mobileCountry,
    mobile: p.mobile,
    email: p.email,
    certArea: p.certArea,
    certType: p.certType || '_',
    certTypeStr: p.certType === 'ID_CARD_CN' ? 'ID card' : '',
    certNo: p.certNo,
    feature: biometrics.join(','),
    imageUrl: facePictureUrl(origin, p.imagePath),
    imagePath: p.imagePath,
    checked: p.imagePath !== '',
    imageRating: p.imageRating,
    pass: p.imageRating >= 60,
    personCode: p.personCode,
    structureIds: [p.structureId],
    structureNames: [path.join('\\ ')],
    structureName: path.join('\\ '),
    structureSnapshots: p.deletedAt === null ? [''] : [p.snapshot.join('\\ ')],
  }
}

export function structureWire(site: TuyaSite, s: SbStructure): Record<string, unknown> {
  return {
    structureId: s.structureId,
    parentStructureId: s.parentStructureId,
    structureName: s.name,
    level: s.level,
    projectId: site.projectId,
    sort: s.sort,
    mobile: '',
    externalNo: '',
  }
}

export function channelWire(site: TuyaSite, c: SbChannel, now: number): Record<string, unknown> {
  const d = site.devices.get(c.deviceId)
  const online = d ? deviceOnline(d, now) : false
  return {
    accessControlChannelId: c.channelId,
    accessControlChannelName: c.name,
    accessControlChannelNo: c.no,
    accessControlId: d?.accessControlId ?? '',
    accessControlName: d?.accessControlName ?? '',
    businessDeviceName: d?.deviceName ?? '',
    deviceId: c.deviceId,
    deviceSn: d?.sn ?? '',
    deviceMac: d?.mac ?? '',
    ipAddress: d?.ip ?? '',
    cid: d?.cid ?? '',
    roomId: d?.roomId ?? '',
    accessChannelPositionPath: d?.positionPath ?? '',
    deviceStatus: online ? 1 : 0,
    online,
  }
}

function authCommon(site: TuyaSite, a: SbAuth): Record<string, unknown> {
  const p = site.persons.get(a.personId)
  const c = site.channels.get(a.channelId)
  const d = c ? site.devices.get(c.deviceId) : undefined
  const face = p?.imagePath ? 1 : 0
  return {
    personId: a.personId,
    name: p?.name ?? '',
    mobileCountry: p?.mobileCountry ?? '',
    mobile: p?.mobile ?? '',
    personCode: p?.personCode ?? '',
    businessDeviceName: d?.deviceName ?? '',
    accessControlChannelName: c?.name ?? '',
    accessControlChannelNo: c?.no ?? 0,
    accessChannelRoomId: d?.roomId ?? '',
    accessChannelPositionPath: d?.positionPath ?? '',
    authStartTime: a.start,
    authEndTime: a.end,
    totalCardNum: p?.cards ?? 0,
    authCardNum: p?.cards ?? 0,
    totalFaceNum: face,
    authFaceNum: face,
    totalFingerprintNum: p?.fingerprints ?? 0,
    authFingerprintNum: p?.fingerprints ?? 0,
    faceIssueStatus: a.face,
    cardIssueStatus: a.card,
    fingerprintIssueStatus: a.fingerprint,
  }
}

export function authWire(site: TuyaSite, a: SbAuth): Record<string, unknown> {
  const p = site.persons.get(a.personId)
  return {
    accessAuthId: a.accessAuthId,
    ...authCommon(site, a),
    // The seed's sample answers the gender as a string here.
    sex: String(p?.sex ?? 0),
    structureIds: p ? [p.structureId] : [],
    accessAuthTimeRangeId: '1',
    accessAuthTimeRangeStr: 'All the day',
    accessControlChannelId: a.channelId,
  }
}

export function authDetailWire(site: TuyaSite, a: SbAuth, origin: string): Record<string, unknown> {
  const p = site.persons.get(a.personId)
  return {
    ...authCommon(site, a),
    imageUrl: facePictureUrl(origin, p?.imagePath ?? ''),
    sex: p?.sex ?? 0,
    sexStr: SEX_STR[p?.sex ?? 0] ?? 'Unknown',
    structureNames: p ? [structurePath(site, p.structureId).join('\\ ')] : [],
    authCreateTime: a.createdAt,
    authSource: String(a.source),
    authSourceStr: a.source === 1 ? 'Organization rule' : 'Person rule',
  }
}

/** Where a task ran: the channel and device names the task list shows (and filters on). */
export function taskPlace(
  site: TuyaSite,
  t: SbTask,
): { accessControlChannelName: string; accessControlChannelNo: string; accessChannelPositionPath: string; businessDeviceName: string } {
  const c = site.channels.get(t.channelId)
  const d = c ? site.devices.get(c.deviceId) : undefined
  return {
    accessControlChannelName: c?.name ?? '',
    accessControlChannelNo: String(c?.no ?? ''),
    accessChannelPositionPath: d?.positionPath ?? '',
    businessDeviceName: d?.deviceName ?? '',
  }
}

export function taskWire(site: TuyaSite, t: SbTask, now: number): Record<string, unknown> {
  const progress = taskProgress(t, now)
  return {
    authTaskId: t.authTaskId,
    taskStartTime: t.startedAt,
    ...taskPlace(site, t),
    authNum: t.records.length,
    authIssueType: t.kind,
    successNum: successCount(t),
    authTaskProgress: progressCode(progress),
    authTaskStatus: outcomeCode(taskOutcome(t, now)),
    taskFinishTime: progress === 'completed' ? t.finishAt : 0,
  }
}

export function taskDetailWire(site: TuyaSite, t: SbTask, now: number): Record<string, unknown> {
  return {
    taskStartTime: t.startedAt,
    taskFinishTime: taskProgress(t, now) === 'completed' ? t.finishAt : 0,
    // The code as the send carried it; the string says what it meant there (see domain/tuya.ts).
    authIssueCertificate: t.certificate,
    authIssueCertificateStr: CERTIFICATE_STR[t.certificate] ?? '',
    ...taskPlace(site, t),
  }
}

export function recordWire(site: TuyaSite, r: SbRecord): Record<string, unknown> {
  const p = site.persons.get(r.personId)
  return {
    projectId: site.projectId,
    authTaskRecordId: r.authTaskRecordId,
    personId: r.personId,
    name: p?.name ?? '',
    mobileCountry: p?.mobileCountry ?? '',
    mobile: p?.mobile ?? '',
    structureName: p ? structurePath(site, p.structureId).join('\\ ') : '',
    accessAuthTimeRangeId: '1',
    accessAuthTimeRangeStr: 'All the day',
    authIssueTime: r.applied ? r.dueAt : 0,
    issueStatus: recordCode(recordStatus(r)),
  }
}

export function issueInfoWire(site: TuyaSite, r: SbRecord): Record<string, unknown> {
  const counts = (n: number, failed: boolean): Record<string, number> => {
    const done = r.applied ? n : 0
    return { successIssueNum: failed ? 0 : done, failIssueNum: failed ? done : 0, successIssueDelNum: 0, failIssueDelNum: 0 }
  }
  // A person refused whole fails everything; one refused credential fails only that credential.
  return {
    projectId: site.projectId,
    authTaskRecordId: r.authTaskRecordId,
    personIssueResult: counts(1, partFailed(r, 'person')),
    cardIssueResult: counts(r.counts.cards, partFailed(r, 'card')),
    cardPwdIssueResult: counts(r.counts.passwords, partFailed(r, 'password')),
    faceIssueResult: counts(r.counts.faces, partFailed(r, 'face')),
    fingerprintIssueResult: counts(r.counts.fingerprints, partFailed(r, 'person')),
  }
}
