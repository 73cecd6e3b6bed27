import { TUYA_SEND_CERTIFICATE_CODES, type TuyaSendCertificates } from '../domain/tuya'
import type { SendCredential } from './types'

/** Which credentials a send policy pushes (send meaning of authIssueCertificate: 1–4). */
export function credentialsOf(policy: TuyaSendCertificates): readonly SendCredential[] {
  switch (policy) {
    case 'card':
      return ['card']
    case 'cardFace':
      return ['card', 'face']
    case 'cardPassword':
      return ['card', 'password']
    case 'cardPasswordFace':
      return ['card', 'password', 'face']
  }
}

export const SEND_POLICIES: readonly TuyaSendCertificates[] = ['card', 'cardFace', 'cardPassword', 'cardPasswordFace']

/**
 * The send policy a task was started with, from its detail's `authIssueCertificate`. The cloud
 * keeps the one integer the send carried (the task enum merely names 3 differently), so the raw
 * code is read by the send meaning. Null for a code no send can carry.
 */
export function sendPolicyOfCode(code: number): TuyaSendCertificates | null {
  return SEND_POLICIES.find((p) => TUYA_SEND_CERTIFICATE_CODES[p] === code) ?? null
}
