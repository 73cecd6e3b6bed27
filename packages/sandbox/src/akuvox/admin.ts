import type { OffsetClock } from '../common/clock'
import type { AdminAnswer } from '../common/types'
import { utcText } from './ids'
import type { Project, Site } from './model'
import { isOnline } from './online'
import type { SandboxControls } from './server'
import type { TokenStore } from './tokens'
import { importResultView, userRows } from './views'

/*
 * Admin routes under `/akuvox/…` on the sandbox admin server (tests, benchmarks, demos):
 *   GET  state                    projects with counts, clock, list shape, token counters
 *   GET  state/<kind>             kind: projects | devices | access-groups | staff | users | imports
 *   GET  stats                    accepted commands by name, token grants/refreshes
 *   POST devices/<id>/online      {online: true|false|null}  (null: back to the simulated mix)
 *   POST tokens/expire            every access token expires now (refresh tokens still work)
 *   POST tokens/revoke            every token is forgotten (clients must sign in again)
 *   POST clock/advance            {ms} moves the sandbox clock forward
 *   POST list-shape               {shape: "array" | "object"} bare arrays or {list, total}
 */

export interface AdminDeps {
  readonly site: Site
  readonly tokens: TokenStore
  readonly clock: OffsetClock
  readonly controls: SandboxControls
}

const ok = (body: unknown): AdminAnswer => ({ status: 200, body })
const bad = (error: string): AdminAnswer => ({ status: 400, body: { error } })

export function createAdmin(deps: AdminDeps): (method: string, segments: readonly string[], body: unknown) => Promise<AdminAnswer | null> {
  const projects = (): Project[] => [...deps.site.projects.values()]
  const field = (body: unknown, name: string): unknown => (typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[name] : undefined)

  const states: Readonly<Record<string, () => unknown>> = {
    projects: () => projects().map((p) => ({ project_id: p.id, project_name: p.name, buildings: [...p.buildings.values()] })),
    devices: () =>
      projects().flatMap((p) =>
        [...p.devices.values()].map((d) => ({ project_id: p.id, ...d, online: isOnline(d, deps.clock.now(), deps.controls.onlineOverrides) })),
      ),
    'access-groups': () => projects().flatMap((p) => [...p.accessGroups.values()].map((g) => ({ project_id: p.id, ...g, members: [...g.members] }))),
    staff: () => projects().flatMap((p) => [...p.staff.values()].map((s) => ({ project_id: p.id, ...s }))),
    users: () => projects().flatMap((p) => userRows(p).map((u) => ({ project_id: p.id, ...u }))),
    imports: () =>
      projects().flatMap((p) =>
        [...p.imports.values()].map((t) => ({
          project_id: p.id,
          task_id: t.id,
          import_type: t.type,
          file_error: t.fileError,
          ...importResultView(t, deps.clock.now()),
        })),
      ),
  }

  return async (method, segments, body) => {
    const [first, second, third] = segments
    if (method === 'GET' && first === 'state' && second === undefined) {
      return ok({
        now: utcText(deps.clock.now()),
        listShape: deps.controls.listShape,
        tokens: deps.tokens.counts,
        projects: projects().map((p) => ({
          project_id: p.id,
          project_name: p.name,
          buildings: p.buildings.size,
          devices: p.devices.size,
          residences: p.residences.size,
          access_groups: p.accessGroups.size,
          staff: p.staff.size,
          imports: p.imports.size,
        })),
      })
    }
    if (method === 'GET' && first === 'state' && second !== undefined && third === undefined) {
      const state = states[second]
      return state ? ok(state()) : null
    }
    if (method === 'GET' && first === 'stats' && second === undefined) {
      return ok({ commands: Object.fromEntries(deps.controls.commandCounts), tokens: deps.tokens.stats })
    }
    if (method !== 'POST') return null
    if (first === 'devices' && second !== undefined && third === 'online') {
      if (!projects().some((p) => p.devices.has(second))) return { status: 404, body: { error: `no device ${second}` } }
      const online = field(body, 'online')
      if (online === null) deps.controls.onlineOverrides.delete(second)
      else if (typeof online === 'boolean') deps.controls.onlineOverrides.set(second, online)
      else return bad('online must be true, false or null')
      return ok({ device_id: second, online })
    }
    if (first === 'tokens' && second === 'expire') return ok({ expired: deps.tokens.expireAll() })
    if (first === 'tokens' && second === 'revoke') {
      deps.tokens.revokeAll()
      return ok({ revoked: true })
    }
    if (first === 'clock' && second === 'advance') {
      const ms = field(body, 'ms')
      if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) return bad('ms must be a number ≥ 0')
      deps.clock.advance(ms)
      return ok({ now: utcText(deps.clock.now()) })
    }
    if (first === 'list-shape') {
      const shape = field(body, 'shape')
      if (shape !== 'array' && shape !== 'object') return bad('shape must be "array" or "object"')
      deps.controls.listShape = shape
      return ok({ shape })
    }
    return null
  }
}
