import type { TuyaCoded, TuyaRecordStatus, TuyaSendCertificates, TuyaTaskOutcome, TuyaTaskProgress } from '@shared/domain/tuya'
import { TUYA_SEND_CERTIFICATE_CODES } from '@shared/domain/tuya'
import type { TFunction } from 'i18next'

export const progressText = (t: TFunction, p: TuyaCoded<TuyaTaskProgress>): string =>
  p.known ? t(`sends.tasks.progressStates.${p.value}`) : t('sends.tasks.progressStates.unknown', { code: p.code })

export const outcomeText = (t: TFunction, o: TuyaCoded<TuyaTaskOutcome>): string =>
  o.known ? t(`sends.tasks.outcomes.${o.value}`) : t('sends.tasks.outcomes.unknown', { code: o.code })

export const recordText = (t: TFunction, s: TuyaCoded<TuyaRecordStatus>): string =>
  s.known ? t(`sends.task.recordStates.${s.value}`) : t('sends.task.recordStates.code', { code: s.code })

/** "Card and face (code 2)": the send meaning of authIssueCertificate in words. */
export const policyText = (t: TFunction, p: TuyaSendCertificates): string => `${t(`sends.policy.${p}`)} (${TUYA_SEND_CERTIFICATE_CODES[p]})`
