import { z } from 'zod'
import { AppErrorException, appError } from '@shared/errors'
import { camelDeep } from './case'

/**
 * Tolerant readers for what Tuya answers: numbers that arrive as strings ("sex": "1"), strings
 * that arrive as numbers (access_control_channel_no: 1), fields that are simply missing. Objects
 * are not strict, so extra fields never break a read.
 */
export const text = z
  .union([z.string(), z.number().transform(String)])
  .nullish()
  .transform((v) => v ?? '')

export const id = z.union([z.string().min(1), z.number().transform(String)])

export const num = z
  .union([
    z.number(),
    z
      .string()
      .regex(/^-?\d+(\.\d+)?$/)
      .transform(Number),
  ])
  .nullish()
  .transform((v) => v ?? 0)

/** A time in ms where 0 or absent means "not yet". */
export const timeOrNull = num.transform((v) => (v > 0 ? v : null))

export const flag = z
  .union([z.boolean(), z.number().transform((n) => n !== 0), z.string().transform((s) => s === 'true' || s === '1')])
  .nullish()
  .transform((v) => v ?? false)

export const textList = z
  .union([z.array(text), z.string().transform((s) => (s ? s.split(',') : []))])
  .nullish()
  .transform((v) => v ?? [])

/** camelCases the answer, then validates it; an unreadable answer is a server fault. */
export function decode<S extends z.ZodType>(schema: S, value: unknown, label: string): z.output<S> {
  const parsed = schema.safeParse(camelDeep(value))
  if (parsed.success) return parsed.data
  throw new AppErrorException(
    appError('server', {
      messageKey: 'errors.tuya.unexpectedAnswer',
      retryable: false,
      detail: `${label}: unexpected answer: ${z.prettifyError(parsed.error)}`,
    }),
  )
}
