import type { TuyaCoded, TuyaRecordStatus, TuyaSendCertificates, TuyaSendKind, TuyaTaskOutcome, TuyaTaskProgress } from '@shared/domain/tuya'
import type { TFunction } from 'i18next'

export const progressText = (t: TFunction, p: TuyaCoded<TuyaTaskProgress>): string =>
  p.known ? t(`sends.tasks.progressStates.${p.value}`) : t('sends.tasks.progressStates.unknown')

export const outcomeText = (t: TFunction, o: TuyaCoded<TuyaTaskOutcome>): string =>
  o.known ? t(`sends.tasks.outcomes.${o.value}`) : t('sends.tasks.outcomes.unknown')

export const recordText = (t: TFunction, s: TuyaCoded<TuyaRecordStatus>): string =>
  s.known ? t(`sends.task.recordStates.${s.value}`) : t('sends.task.recordStates.code')

/** "Card and face": a send policy in words, never its code. */
export const policyText = (t: TFunction, p: TuyaSendCertificates): string => t(`sends.policy.${p}`)

/** A task's kind in words; one the seed does not list is said to be unrecognised, not shown as its code. */
export const kindText = (t: TFunction, k: TuyaCoded<TuyaSendKind>): string => (k.known ? t(`sends.kind.${k.value}`) : t('sends.kind.unknown'))
