import { z } from 'zod'
import { parseJson } from '../json-answer'

/**
 * Tuya's envelope, always HTTP 200 (docs/clouds.md#tuya-envelope):
 *   success: {success: true, result, t, tid}
 *   failure: {success: false, code, msg, t, tid}
 */
export type TuyaEnvelope =
  | { readonly success: true; readonly result: unknown; readonly t: number | undefined; readonly tid: string | undefined }
  | {
      readonly success: false
      readonly code: string
      readonly msg: string
      readonly t: number | undefined
      readonly tid: string | undefined
    }

const envelopeSchema = z.object({
  success: z.boolean(),
  result: z.unknown().optional(),
  code: z.union([z.number(), z.string()]).optional(),
  msg: z.string().optional(),
  t: z.union([z.number(), z.string().regex(/^\d+$/).transform(Number)]).optional(),
  tid: z.string().optional(),
})

/** Null when the text is not a Tuya envelope at all (a proxy's HTML page, a truncated body). */
export function parseEnvelope(text: string): TuyaEnvelope | null {
  const parsed = envelopeSchema.safeParse(parseJson(text))
  if (!parsed.success) return null
  const { success, result, code, msg, t, tid } = parsed.data
  if (success) return { success, result, t, tid }
  return { success, code: code === undefined ? '500' : String(code), msg: msg ?? '', t, tid }
}
