import { AppErrorException, appError } from '@shared/errors'
import type { AkuvoxClient } from '../../clouds/akuvox'
import type { TuyaClient } from '../../clouds/tuya'
import type { CacheScope } from '../../store/cache/scope'
import type { CloudSession } from '../connections/cloud-session'

export type SessionOf = (connectionId: string) => Promise<CloudSession>

export async function akuvoxClient(session: SessionOf, scope: CacheScope): Promise<AkuvoxClient> {
  const s = await session(scope.connectionId)
  if (s.vendor !== 'akuvox') throw new AppErrorException(appError('invalid_input', { messageKey: 'people.errors.akuvoxOnly', params: { field: 'connectionId' } }))
  return s.client
}

export async function tuyaClient(session: SessionOf, scope: CacheScope): Promise<TuyaClient> {
  const s = await session(scope.connectionId)
  if (s.vendor !== 'tuya') throw new AppErrorException(appError('invalid_input', { messageKey: 'people.errors.tuyaOnly', params: { field: 'connectionId' } }))
  return s.client
}

export function notFound(field: string): AppErrorException {
  return new AppErrorException(appError('not_found', { messageKey: 'people.errors.notFound', params: { field } }))
}
