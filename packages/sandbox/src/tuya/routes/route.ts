import { fail } from '../errors'
import type { SiteLists } from '../list-cache'
import type { FailedPart, TuyaSite } from '../model'
import type { Params } from '../params'

export interface SendSettings {
  /** Share of records that fail on an online device (0..1). */
  sendFailureRate: number
  /** Persons whose records fail in every later send, and which part of them the device refuses. */
  readonly failingPersons: Map<string, FailedPart>
}

export interface RouteContext {
  readonly site: TuyaSite
  readonly params: Params
  /** Path parameters by the template's names. */
  readonly path: Readonly<Record<string, string>>
  readonly now: number
  readonly settings: SendSettings
  readonly lists: SiteLists
  /** The sandbox's own origin as the caller addressed it (picture URLs point there). */
  readonly origin: string
}

export interface Route {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE'
  /** Under /v1.0/iot-02/building, with `{name}` path parameters. */
  readonly template: string
  /** Answers without changing the site, so the cached lists stay valid; unmarked routes clear them. */
  readonly reads?: true
  handle(ctx: RouteContext): unknown
}

const BUILDING = '/v1.0/iot-02/building'

/** Path parameters when `path` matches the template, else null. */
export function matchTemplate(template: string, path: string): Record<string, string> | null {
  const want = `${BUILDING}${template}`.split('/')
  const got = path.split('/')
  if (want.length !== got.length) return null
  const params: Record<string, string> = {}
  for (let i = 0; i < want.length; i++) {
    const w = want[i] ?? ''
    const g = got[i] ?? ''
    if (w.startsWith('{') && w.endsWith('}')) {
      if (!g) return null
      params[w.slice(1, -1)] = decodeURIComponent(g)
    } else if (w !== g) return null
  }
  return params
}

/**
 * The project the call is about: a documented-required `projectId` must be present (1100); any
 * given one must be this project (1106, as for a project the key is not authorised for).
 */
export function checkProject(ctx: RouteContext, required: boolean): void {
  const projectId = ctx.params.string('projectId', { required })
  if (projectId !== undefined && projectId !== ctx.site.projectId) throw fail(1106, `project ${projectId}`)
}

export function contains(haystack: string, needle: string | undefined): boolean {
  return needle === undefined || haystack.toLowerCase().includes(needle.toLowerCase())
}
