import type { ResidentRef } from '@shared/domain/residents'
import type { OutboxOperation } from '@shared/domain/outbox'
import { type AppError, AppErrorException, appError } from '@shared/errors'
import type { AkuvoxClient } from '../../clouds/akuvox'
import { networkFailure } from '../outbox/cloud-first'

type Target = { readonly projectId: string; readonly accessGroupId: string }

/** One resident's outcome: done, refused by the cloud, or not reached (the network failed). */
export type ResidentOutcome =
  | { readonly kind: 'done'; readonly resident: ResidentRef }
  | { readonly kind: 'failed'; readonly resident: ResidentRef; readonly error: AppError }
  | { readonly kind: 'unreached'; readonly resident: ResidentRef; readonly error: AppError }

export interface ResidentsResult {
  readonly outcomes: readonly ResidentOutcome[]
  /** The group's user count after the change as the cloud lists it; null if it could not be read. */
  readonly userCount: number | null
}

function changeOne(client: AkuvoxClient, target: Target, r: ResidentRef, kind: 'add' | 'remove', signal?: AbortSignal): Promise<unknown> {
  const options = signal ? { signal } : undefined
  return kind === 'add'
    ? client.createAccessGroupAccount({ ...target, residenceId: r.residenceId, accountId: r.accountId }, options)
    : client.deleteAccessGroupAccount({ ...target, residenceId: r.residenceId, accountId: r.accountId, buildingId: r.buildingId }, options)
}

/**
 * Adds or removes residents one call each (the API has no batch), so one refusal does not stop
 * the others; each resident's outcome is reported. Once the network fails, the rest are not
 * tried: they are reported unreached, for the outbox.
 */
export async function changeResidents(
  client: AkuvoxClient,
  target: Target,
  residents: readonly ResidentRef[],
  kind: 'add' | 'remove',
): Promise<ResidentsResult> {
  const outcomes: ResidentOutcome[] = []
  let down: AppError | null = null
  for (const resident of residents) {
    if (down) {
      outcomes.push({ kind: 'unreached', resident, error: down })
      continue
    }
    try {
      await changeOne(client, target, resident, kind)
      outcomes.push({ kind: 'done', resident })
    } catch (error) {
      down = networkFailure(error)
      if (down) outcomes.push({ kind: 'unreached', resident, error: down })
      else
        outcomes.push({
          kind: 'failed',
          resident,
          error: error instanceof AppErrorException ? error.error : appError('internal', { detail: error instanceof Error ? error.message : String(error) }),
        })
    }
  }
  return { outcomes, userCount: down ? null : await userCountOf(client, target) }
}

/**
 * Replays a queued residents change. An add of a member and a removal of a non-member reach the
 * state asked for, so they count as done; a group that is gone fails the change.
 */
export async function replayResidents(
  client: AkuvoxClient,
  op: Extract<OutboxOperation, { kind: 'akuvox.accessGroup.residents' }>,
  signal: AbortSignal,
): Promise<void> {
  const target = { projectId: op.projectId, accessGroupId: op.accessGroupId }
  for (const resident of op.residents) {
    try {
      await changeOne(client, target, resident, op.change, signal)
    } catch (error) {
      const notMember = op.change === 'remove' && error instanceof AppErrorException && error.error.code === 'not_found'
      // Not found: either the resident is no longer a member (done) or the group is gone (the read throws).
      if (!notMember) throw error
      await client.getAccessGroupInfo(target, { signal })
    }
  }
}

async function userCountOf(client: AkuvoxClient, target: Target): Promise<number | null> {
  try {
    for await (const group of client.iterateAccessGroups(target.projectId)) {
      if (group.accessGroupId === target.accessGroupId) return group.userCount
    }
  } catch {
    // The count is a courtesy: the next sync reads it anyway.
  }
  return null
}
