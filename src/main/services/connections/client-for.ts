import { AppErrorException, appError } from '@shared/errors'
import type { CloudSession } from './cloud-session'

export type ClientOf<V extends CloudSession['vendor']> = Extract<CloudSession, { readonly vendor: V }>['client']

/**
 * The session's client when it speaks `vendor`; otherwise the one error every service gives for
 * "this needs the other cloud" (an access group on a Tuya connection, a send on Akuvox…).
 */
export function clientFor<V extends CloudSession['vendor']>(session: CloudSession, vendor: V): ClientOf<V> {
  if (session.vendor !== vendor) {
    throw new AppErrorException(
      appError('invalid_input', {
        messageKey: `errors.needsVendor.${vendor}`,
        params: { field: 'connectionId' },
        detail: `needs a ${vendor} connection, this one is ${session.vendor}`,
      }),
    )
  }
  return session.client as ClientOf<V>
}
