import type { TuyaSendCertificates } from '@shared/domain/tuya'
import type { TFunction } from 'i18next'

/** "Card and face": a send policy in words, never its code. */
export const policyText = (t: TFunction, p: TuyaSendCertificates): string => t(`sends.policy.${p}`)
