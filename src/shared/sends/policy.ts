import type { TuyaSendCertificates } from '../domain/tuya'
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
