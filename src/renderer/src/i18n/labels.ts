import { type DeviceTypeFilter, deviceTypeOf } from '@shared/domain/device-types'
import type { TuyaCoded, TuyaRecordStatus, TuyaTaskOutcome, TuyaTaskProgress } from '@shared/domain/tuya'
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
