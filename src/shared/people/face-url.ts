import { FIELD_LIMITS } from '../field-limits'

/** Face pictures are given by URL (seed 002 `face_picture_url`); Fieldkey accepts https only. */
export type FaceUrlProblem = { readonly kind: 'notUrl' } | { readonly kind: 'notHttps' } | { readonly kind: 'tooLong'; readonly max: number }

export function faceUrlProblem(value: string): FaceUrlProblem | null {
  if (value.trim().length > FIELD_LIMITS.faceUrl) return { kind: 'tooLong', max: FIELD_LIMITS.faceUrl }
  let url: URL
  try {
    url = new URL(value.trim())
  } catch {
    return { kind: 'notUrl' }
  }
  if (url.protocol !== 'https:') return { kind: 'notHttps' }
  if (url.hostname === '') return { kind: 'notUrl' }
  return null
}
