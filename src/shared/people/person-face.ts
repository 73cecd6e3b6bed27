/**
 * A Tuya person's face and biometrics in the installer's terms (seed 003: `imageUrl`,
 * `imagePath`, `checked`, `imageRating`, `pass`, `feature`).
 */
import type { TuyaPerson } from '../domain/tuya'
import type { AppError } from '../errors'

/** `checked`: the cloud ran its quality check; `pass`: the picture is good enough for the readers. */
export type FaceVerdict = 'passed' | 'failed' | 'notChecked'

export type FaceStatus =
  | { readonly kind: 'none' }
  /** `rating`: the cloud's score (0 to 100), null when it gave none. */
  | { readonly kind: 'enrolled'; readonly rating: number | null; readonly verdict: FaceVerdict }

export type Biometric = 'face' | 'fingerprint'

export interface Biometrics {
  readonly kinds: readonly Biometric[]
  /** Biometrics the cloud names that Fieldkey has no words for (counted, never shown raw). */
  readonly others: number
}

export type FacePicture =
  | { readonly kind: 'none' }
  | { readonly kind: 'shown'; readonly dataUrl: string }
  /** There is a picture, but it could not be read (offline, another host, too large, not a picture). */
  | { readonly kind: 'unavailable'; readonly error: AppError }

export interface PersonBiometrics {
  readonly personId: string
  readonly face: FaceStatus
  readonly picture: FacePicture
  readonly biometrics: Biometrics
}

export function faceStatus(person: Pick<TuyaPerson, 'imagePath' | 'imageUrl' | 'checked' | 'imageRating' | 'pass'>): FaceStatus {
  if (person.imagePath === '' && person.imageUrl === '') return { kind: 'none' }
  const rating = person.imageRating > 0 ? Math.round(person.imageRating * 10) / 10 : null
  return { kind: 'enrolled', rating, verdict: !person.checked ? 'notChecked' : person.pass ? 'passed' : 'failed' }
}

const KNOWN: Readonly<Record<string, Biometric>> = { face: 'face', fingerprint: 'fingerprint', finger: 'fingerprint' }

/** `feature` is a list in one string ("face,fingerprint"); any separator, any case. A face picture counts as a face. */
export function biometricsOf(person: Pick<TuyaPerson, 'feature' | 'imagePath' | 'imageUrl'>): Biometrics {
  const kinds = new Set<Biometric>()
  let others = 0
  for (const token of person.feature.toLowerCase().split(/[\s,;|/]+/)) {
    if (token === '' || token === '_') continue
    const known = KNOWN[token]
    if (known) kinds.add(known)
    else others++
  }
  if (person.imagePath !== '' || person.imageUrl !== '') kinds.add('face')
  return { kinds: (['face', 'fingerprint'] as const).filter((k) => kinds.has(k)), others }
}
