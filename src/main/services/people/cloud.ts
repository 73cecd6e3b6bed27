import { AppErrorException, appError } from '@shared/errors'
import type { AkuvoxClient } from '../../clouds/akuvox'
import type { TuyaClient } from '../../clouds/tuya'
import type { CacheScope } from '../../store/cache/scope'
import type { CloudSession } from '../connections/cloud-session'
import { clientFor } from '../connections/client-for'

export type SessionOf = (connectionId: string) => Promise<CloudSession>

export async function akuvoxClient(session: SessionOf, scope: CacheScope): Promise<AkuvoxClient> {
  return clientFor(await session(scope.connectionId), 'akuvox')
}

export async function tuyaClient(session: SessionOf, scope: CacheScope): Promise<TuyaClient> {
  return clientFor(await session(scope.connectionId), 'tuya')
}

export function notFound(field: string): AppErrorException {
  return new AppErrorException(appError('not_found', { messageKey: 'people.errors.notFound', params: { field } }))
}
