import type { DoorCheckMethod, DoorCheckResult } from '@shared/domain/checklist'
import type { ConnectionSummary, Vendor } from '@shared/domain/connection'
import { type DeviceTypeFilter, deviceTypeOf } from '@shared/domain/device-types'
import type { TuyaCoded, TuyaIssueStatus, TuyaRecordStatus, TuyaSendKind, TuyaSex, TuyaTaskOutcome, TuyaTaskProgress } from '@shared/domain/tuya'
import type { GridCell, SendCredential } from '@shared/sends/types'
import type { TFunction } from 'i18next'

/*
 * The words for every value a cloud or Fieldkey names with a code or an English constant: each
 * feature shows an enumeration through these, never the value itself. A value outside the known
 * set is shown as "Other" / "Unknown" with the cloud's own word or number beside it.
 */

/** "Indoor monitor", "室内机"; a type the clouds' documents do not list: "Other (Elevator Controller)". */
export function deviceTypeLabel(t: TFunction, cloudWord: string): string {
  const type = deviceTypeOf(cloudWord)
  if (type.kind === 'known') return t(`labels.deviceType.${type.type}`)
  return type.raw === '' ? t('labels.deviceType.otherUnnamed') : t('labels.deviceType.other', { raw: type.raw })
}

/** A choice of the devices list's type filter ("Other types" for every type outside the known kinds). */
export const deviceTypeFilterLabel = (t: TFunction, filter: DeviceTypeFilter): string =>
  filter === 'other' ? t('labels.deviceType.otherTypes') : t(`labels.deviceType.${filter}`)

export const progressText = (t: TFunction, p: TuyaCoded<TuyaTaskProgress>): string =>
  p.known ? t(`sends.tasks.progressStates.${p.value}`) : t('sends.tasks.progressStates.unknown', { code: p.code })

export const outcomeText = (t: TFunction, o: TuyaCoded<TuyaTaskOutcome>): string =>
  o.known ? t(`sends.tasks.outcomes.${o.value}`) : t('sends.tasks.outcomes.unknown', { code: o.code })

export const recordText = (t: TFunction, s: TuyaCoded<TuyaRecordStatus>): string =>
  s.known ? t(`sends.task.recordStates.${s.value}`) : t('sends.task.recordStates.code', { code: s.code })

/**
 * The key of each value's words, one table per enumeration: a value added to a type without its
 * words here does not compile, and `labels.test.ts` holds each key to a string in both languages.
 */
export const LABEL_KEYS = {
  credential: { card: 'sends.credential.card', face: 'sends.credential.face', password: 'sends.credential.password' },
  issueStatus: { pending: 'sends.permissions.pending', sent: 'sends.permissions.sent' },
  sendCell: {
    succeeded: 'sends.tracking.cells.succeeded',
    failed: 'sends.tracking.cells.failed',
    pending: 'sends.tracking.cells.pending',
    notSent: 'sends.tracking.cells.notSent',
    unknown: 'sends.tracking.cells.unknown',
  },
  sendKind: { full: 'sends.kind.full', increment: 'sends.kind.increment' },
  sex: { unknown: 'people.sex.unknown', male: 'people.sex.male', female: 'people.sex.female' },
  online: { online: 'project.devices.online', offline: 'project.devices.offline' },
  doorCheckResult: { passed: 'checklist.result.passed', fault: 'checklist.result.fault' },
  doorCheckMethod: {
    card: 'checklist.method.card',
    pin: 'checklist.method.pin',
    face: 'checklist.method.face',
    app: 'checklist.method.app',
    button: 'checklist.method.button',
    other: 'checklist.method.other',
  },
} as const satisfies {
  readonly credential: Readonly<Record<SendCredential, string>>
  readonly issueStatus: Readonly<Record<TuyaIssueStatus, string>>
  readonly sendCell: Readonly<Record<GridCell, string>>
  readonly sendKind: Readonly<Record<TuyaSendKind, string>>
  readonly sex: Readonly<Record<TuyaSex, string>>
  readonly online: Readonly<Record<'online' | 'offline', string>>
  readonly doorCheckResult: Readonly<Record<DoorCheckResult, string>>
  readonly doorCheckMethod: Readonly<Record<DoorCheckMethod, string>>
}

/** Works or fault: the installer's own test of a door. */
export const doorCheckResultLabel = (t: TFunction, result: DoorCheckResult): string => t(LABEL_KEYS.doorCheckResult[result])

/** Card, PIN, face…: how the installer opened the door for the test. */
export const doorCheckMethodLabel = (t: TFunction, method: DoorCheckMethod): string => t(LABEL_KEYS.doorCheckMethod[method])

/** Card, face, password: the credentials a send carries. */
export const credentialLabel = (t: TFunction, credential: SendCredential): string => t(LABEL_KEYS.credential[credential])

/** Whether a permission's credential is still to be sent to its door. */
export const issueStatusLabel = (t: TFunction, status: TuyaIssueStatus): string => t(LABEL_KEYS.issueStatus[status])

/** One cell of the send grid: sent, failed, pending, not part of the send, unknown. */
export const sendCellLabel = (t: TFunction, cell: GridCell): string => t(LABEL_KEYS.sendCell[cell])

export const sendKindLabel = (t: TFunction, kind: TuyaSendKind): string => t(LABEL_KEYS.sendKind[kind])

/** A task's kind as the cloud coded it: a kind the documents do not list keeps its number. */
export const sendKindText = (t: TFunction, kind: TuyaCoded<TuyaSendKind>): string => (kind.known ? sendKindLabel(t, kind.value) : t('sends.kind.unknown'))

export const sexLabel = (t: TFunction, sex: TuyaSex): string => t(LABEL_KEYS.sex[sex])

export const onlineLabel = (t: TFunction, online: boolean): string => t(online ? LABEL_KEYS.online.online : LABEL_KEYS.online.offline)

/**
 * A connection's name: the installer's own, or for a demo site (whose name Fieldkey chose and the
 * installer cannot change) the words of the window's language.
 */
export const connectionName = (t: (key: string) => string, c: Pick<ConnectionSummary, 'isDemo' | 'vendor' | 'label'>): string =>
  c.isDemo ? t(`labels.demoConnection.${c.vendor}`) : c.label

/** A cloud's short name, as a connection's second line and the palette say it: Akuvox, Tuya / 涂鸦. */
export const vendorName = (t: (key: string) => string, vendor: Vendor): string => t(`labels.vendor.${vendor}`)

/** Items joined as the language lists them (", " or "、"), or a dash when there are none: a cell of an export or the handover pack. */
export const listLabel = (t: TFunction, items: readonly string[]): string =>
  items.length === 0 ? t('sends.pack.none') : items.join(t('sends.pack.listSeparator'))
