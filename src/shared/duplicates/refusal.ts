import { type AppError, AppErrorException, appError } from '../errors'
import { type Duplicate, type DuplicateRef, unconfirmed } from './rule-book'

/** Main's answer to a save carrying a duplicate the installer did not confirm; the message names the holder. */
export function duplicateRefusal(duplicate: Duplicate): AppError {
  return appError(duplicate.kind === 'groupName' ? 'duplicate_name' : 'duplicate_credential', {
    messageKey: `errors.duplicate.${duplicate.kind}`,
    params: { kind: duplicate.kind, value: duplicate.value, holder: duplicate.holder, ...(duplicate.kind === 'card' ? { storedAs: duplicate.storedAs } : {}) },
    // The log gets what kind of value clashed, never the PIN or card itself.
    detail: `a ${duplicate.kind} of the save is already held by another, without confirmation`,
  })
}

/** Throws the refusal of the first duplicate not confirmed, if any. */
export function refuseUnconfirmed(duplicates: readonly Duplicate[], confirmed: readonly DuplicateRef[] | undefined): void {
  const [first] = unconfirmed(duplicates, confirmed)
  if (first) throw new AppErrorException(duplicateRefusal(first))
}

/**
 * The duplicate main refused a save for, so the window can ask about it: main may know a holder
 * the window did not (a change waiting in the outbox, a sync since the form opened).
 */
export function duplicateOfRefusal(error: AppError): Duplicate | null {
  if (error.code !== 'duplicate_credential' && error.code !== 'duplicate_name') return null
  const { kind, value, holder, storedAs } = error.params ?? {}
  if (typeof value !== 'string' || typeof holder !== 'string') return null
  if (kind === 'pin' || kind === 'groupName') return { kind, value, holder }
  if (kind === 'card') return { kind, value, holder, storedAs: typeof storedAs === 'string' ? storedAs : value }
  return null
}
