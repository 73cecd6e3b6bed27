import { type AppError, AppErrorException, appError } from '@shared/errors'

/**
 * The Akuvox parameters of a staff create or update, each with the draft field it is made from.
 * The client sends lists in the draft's order, so a position in the cloud's parameter is the
 * same position in the draft (src/main/clouds/akuvox/staff.ts).
 */
const PARAMETERS: readonly { readonly pattern: RegExp; readonly field: (index: number | null) => readonly (string | number)[] }[] = [
  { pattern: /floor_access(?:es)?(?:\[(\d+)\])?/, field: (i) => (i === null ? ['floorAccesses'] : ['floorAccesses', i, 'floors']) },
  { pattern: /pin_codes(?:\[(\d+)\])?/, field: (i) => (i === null ? ['pinCodes'] : ['pinCodes', i]) },
  { pattern: /rf_cards(?:\[(\d+)\])?/, field: (i) => (i === null ? ['rfCards'] : ['rfCards', i]) },
  { pattern: /staff_access_name/, field: () => ['name'] },
  { pattern: /access_groups?(?:\[(\d+)\])?/, field: () => ['accessGroupIds'] },
  { pattern: /faces?(?:\[\d+\])?|face_picture_url/, field: () => ['faceUrls'] },
]

/** What the cloud's message says after the parameter it names ("param.x[0].y: building A has floors 1 to 5…"). */
function reasonOf(message: string): string {
  const colon = message.indexOf(': ')
  return (colon >= 0 && /^[\w.[\]]+$/.test(message.slice(0, colon)) ? message.slice(colon + 2) : message).trim()
}

/**
 * The cloud's refusal of a staff create or update, put on the form field it names: an
 * `invalid_input` whose vendor message names one of the draft's parameters gets `field` (the
 * path in the channel's input, under `input`: 'draft' or 'edit') and the cloud's reason as the
 * message. Anything else is returned as it came.
 */
export function onStaffField(error: AppError, input: 'draft' | 'edit'): AppError {
  const message = error.vendor?.message
  if (error.code !== 'invalid_input' || error.vendor?.vendor !== 'akuvox' || !message) return error
  for (const { pattern, field } of PARAMETERS) {
    const match = pattern.exec(message)
    if (!match) continue
    const index = match[1] === undefined ? null : Number(match[1])
    return {
      ...appError('invalid_input', { messageKey: 'errors.akuvox.refusedField', params: { reason: reasonOf(message) }, field: [input, ...field(index)] }),
      ...(error.detail ? { detail: error.detail } : {}),
      vendor: error.vendor,
    }
  }
  return error
}

/** Runs a staff create or update; a refusal that names a draft field is rethrown on that field. */
export async function withStaffFields<T>(input: 'draft' | 'edit', run: () => Promise<T>): Promise<T> {
  try {
    return await run()
  } catch (error) {
    if (error instanceof AppErrorException) {
      const placed = onStaffField(error.error, input)
      if (placed !== error.error) throw new AppErrorException(placed)
    }
    throw error
  }
}
