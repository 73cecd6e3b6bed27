import type { OutboxEntry } from '@shared/domain/outbox'
import { CredentialBook } from '@shared/duplicates/rule-book'
import type { StaffCredentials } from '@shared/people/staff'

/**
 * Who holds which PIN and card in a project as the installer sees it: the cached staff, with the
 * staff changes waiting in the outbox laid over them (a queued create holds its credentials, a
 * queued edit replaces them, a queued delete frees them).
 *
 * Duplicates are checked when a change is made, before it is sent or queued, and not again on
 * replay: that is when the installer is there to answer "give it to both?", and what they
 * confirmed is what the queued change means; a replay-time refusal would reach them later, in
 * the outbox, with no way to answer it. Offline the cache learns nothing new, so the holders a
 * replay could add are the other queued changes, and those are counted here already: a card
 * given twice while offline is caught on the second save. (A holder someone adds in the cloud
 * between the save and its replay is not caught; the cloud itself accepts a shared card.)
 */
export function credentialHolders(cached: readonly StaffCredentials[], queued: readonly OutboxEntry[]): CredentialBook {
  const byId = new Map(cached.map((s) => [s.staffAccessId, s]))
  for (const entry of queued) {
    const op = entry.operation
    if (op.kind === 'akuvox.staff.create' || op.kind === 'akuvox.staff.update') {
      const id = op.kind === 'akuvox.staff.update' ? op.input.staffAccessId : `outbox:${entry.id}`
      byId.set(id, { staffAccessId: id, name: op.input.staffAccessName, pinCodes: op.input.pinCodes ?? [], rfCards: op.input.rfCards ?? [] })
    } else if (op.kind === 'akuvox.staff.delete') for (const id of op.staffAccessIds) byId.delete(id)
  }
  return new CredentialBook(byId.values())
}
