import { appError } from '@shared/errors'
import type { InvokeChannel } from '@shared/ipc'
import type { InputGuard } from './router'

/** What the cache knows exists: the saved connections and the projects each one can see. */
export interface KnownScopes {
  hasConnection(connectionId: string): boolean
  hasProject(connectionId: string, projectId: string): boolean
}

/** The connection an input names, and the project if it names one. */
interface NamedScope {
  readonly connectionId: string
  readonly projectId: string | undefined
  /** The input field that named the connection, for the UI to point at. */
  readonly field: 'connectionId' | 'id'
}

/**
 * Project-scoped inputs name `connectionId` and `projectId`; the `connections:*` and
 * `projects:*` channels name the connection `id`.
 */
function namedScope(channel: InvokeChannel, input: unknown): NamedScope | null {
  if (typeof input !== 'object' || input === null) return null
  const fields = input as { readonly connectionId?: unknown; readonly projectId?: unknown; readonly id?: unknown }
  const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined)
  const byId = channel.startsWith('connections:') || channel.startsWith('projects:')
  const connectionId = text(byId ? fields.id : fields.connectionId)
  return connectionId === undefined ? null : { connectionId, projectId: text(fields.projectId), field: byId ? 'id' : 'connectionId' }
}

/**
 * The one check that a request names a connection and a project that exist, before any handler
 * runs: an unknown one is `not_found` saying which, never a foreign-key failure deep in a
 * service or an empty answer that looks like success.
 */
export function scopeGuard(known: KnownScopes): InputGuard {
  return (channel, input) => {
    const scope = namedScope(channel, input)
    if (!scope) return null
    if (!known.hasConnection(scope.connectionId)) {
      return appError('not_found', {
        messageKey: 'errors.connections.notFound',
        params: { field: scope.field },
        detail: `${channel}: no connection ${scope.connectionId}`,
      })
    }
    if (scope.projectId !== undefined && !known.hasProject(scope.connectionId, scope.projectId)) {
      return appError('not_found', {
        messageKey: 'errors.connections.unknownProject',
        params: { field: 'projectId' },
        detail: `${channel}: connection ${scope.connectionId} has no project ${scope.projectId}`,
      })
    }
    return null
  }
}
