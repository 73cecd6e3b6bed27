import type { TuyaSendResult } from '@shared/domain/tuya'
import { AppErrorException, appError } from '@shared/errors'
import type { SendDraft } from '@shared/sends/types'
import type { TuyaClient } from '../../clouds/tuya'
import type { CacheScope } from '../../store/cache/scope'
import { clientFor } from '../connections/client-for'
import type { CloudSession } from '../connections/cloud-session'

export type SessionOf = (connectionId: string) => Promise<CloudSession>

/** The Tuya client of the scope's connection; sends are a Tuya feature of the connection's one project. */
export async function tuyaClient(session: SessionOf, scope: CacheScope): Promise<TuyaClient> {
  const s = await session(scope.connectionId)
  const client = clientFor(s, 'tuya')
  if (s.vendor === 'tuya' && s.projectId !== scope.projectId)
    throw new AppErrorException(appError('not_found', { detail: `project ${scope.projectId} is not this connection's` }))
  return client
}

export async function collect<T>(pages: AsyncGenerator<{ readonly items: readonly T[] }>): Promise<T[]> {
  const out: T[] = []
  for await (const page of pages) out.push(...page.items)
  return out
}

/** One send call of the draft's kind (full or incremental). */
export function sendDraft(client: TuyaClient, draft: SendDraft, signal?: AbortSignal): Promise<TuyaSendResult> {
  const input = { channelIds: draft.channelIds, certificates: draft.certificates }
  const options = signal ? { signal } : {}
  return draft.kind === 'full' ? client.sendAllPermissions(input, options) : client.sendAdditionalPermissions(input, options)
}
