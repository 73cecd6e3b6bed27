import type { ResidentChange, ResidentRef } from '@shared/domain/access-groups'
import { AppErrorException, appError } from '@shared/errors'
import type { AkuvoxClient } from '../../clouds/akuvox'

export interface ResidentsResult {
  readonly changes: ResidentChange[]
  /** The group's user count after the change as the cloud lists it; null if it could not be read. */
  readonly userCount: number | null
}

/**
 * Adds or removes residents one call each (the API has no batch), so one refusal does not stop
 * the others; each resident's outcome is reported.
 */
export async function changeResidents(
  client: AkuvoxClient,
  target: { readonly projectId: string; readonly accessGroupId: string },
  residents: readonly ResidentRef[],
  kind: 'add' | 'remove',
): Promise<ResidentsResult> {
  const changes: ResidentChange[] = []
  for (const r of residents) {
    try {
      if (kind === 'add') await client.createAccessGroupAccount({ ...target, residenceId: r.residenceId, accountId: r.accountId })
      else await client.deleteAccessGroupAccount({ ...target, residenceId: r.residenceId, accountId: r.accountId, buildingId: r.buildingId })
      changes.push({ kind: 'done', accountId: r.accountId })
    } catch (error) {
      const e = error instanceof AppErrorException ? error.error : appError('internal', { detail: error instanceof Error ? error.message : String(error) })
      changes.push({ kind: 'failed', accountId: r.accountId, error: e })
    }
  }
  return { changes, userCount: await userCountOf(client, target) }
}

async function userCountOf(client: AkuvoxClient, target: { readonly projectId: string; readonly accessGroupId: string }): Promise<number | null> {
  try {
    for await (const group of client.iterateAccessGroups(target.projectId)) {
      if (group.accessGroupId === target.accessGroupId) return group.userCount
    }
  } catch {
    // The count is a courtesy: the next sync reads it anyway.
  }
  return null
}
