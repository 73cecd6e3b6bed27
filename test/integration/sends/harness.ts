import { type RunningSandboxes, startSandboxes } from '@fieldkey/sandbox'
import type { SqlDatabase } from '../../../src/main/store/driver'
import { adminSend } from '../access-groups/harness'
import { TUYA_CONNECTION, openTestStore, syncService } from '../sync/harness'

export interface SyncedSite {
  readonly sandboxes: RunningSandboxes
  readonly db: SqlDatabase
  readonly scope: { readonly connectionId: string; readonly projectId: string }
}

/** A Tuya sandbox site (seed 9) whose sends never fail by themselves, synced into a fresh cache. */
export async function syncedTuyaSite(): Promise<SyncedSite> {
  const sandboxes = await startSandboxes({ seed: 9 })
  await adminSend(sandboxes, 'POST', '/tuya/sends', { failureRate: 0 })
  const db = openTestStore(sandboxes.info)
  const scope = { connectionId: TUYA_CONNECTION, projectId: sandboxes.info.tuya.projectId }
  await syncService(db, sandboxes.info).syncProject(scope.connectionId, scope.projectId)
  return { sandboxes, db, scope }
}
