import type { TuyaSendCertificates } from '@shared/domain/tuya'
import { TUYA_SEND_CERTIFICATE_CODES } from '@shared/domain/tuya'
import type { TFunction } from 'i18next'

/** "Card and face (code 2)": the send meaning of authIssueCertificate in words. */
export const policyText = (t: TFunction, p: TuyaSendCertificates): string => `${t(`sends.policy.${p}`)} (${TUYA_SEND_CERTIFICATE_CODES[p]})`
