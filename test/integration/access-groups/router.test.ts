import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AccessGroupsListing, SaveOutcome, SiteTree } from '../../../src/shared/domain/access-groups'
import type { ConnectionSummary, ProjectSummary } from '../../../src/shared/domain/connection'
import type { Core } from '../../../src/main/core/core'
import { testCore } from '../../helpers/core'

/** The access-group channels through the real core and router, against the built-in demo site. */
let core: Core
const context = { origin: 'headless' } as const
let scope: { connectionId: string; projectId: string }

async function call<T>(channel: string, input: unknown): Promise<T> {
  const result = await core.router.dispatch(channel, input, context)
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`)
  return result.value as T
}

beforeAll(async () => {
  core = testCore()
  const demo = await call<ConnectionSummary>('connections:openDemo', { vendor: 'akuvox' })
  const [project] = await call<ProjectSummary[]>('projects:list', { id: demo.id })
  scope = { connectionId: demo.id, projectId: project?.id ?? '' }
})
afterAll(() => core.close())

describe('access-group channels', () => {
  it('refuse a weekly schedule without days, naming the field', async () => {
    const result = await core.router.dispatch(
      'accessGroups:create',
      {
        ...scope,
        draft: {
          name: 'x',
          schedule: { repeatMode: 'weekly', availableDays: [], startTime: '07:00:00', finishTime: '19:00:00' },
          doors: [{ deviceId: 'd', relayIds: ['r'], securityRelayIds: [] }],
        },
      },
      context,
    )
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', params: { field: 'draft.schedule.availableDays' } } })
  })

  it('refresh, create, list and delete through the router; changes are announced', async () => {
    const events: unknown[] = []
    const off = core.events.subscribe((channel, payload) => {
      if (channel === 'accessGroups:changed') events.push(payload)
    })
    try {
      const listing = await call<AccessGroupsListing>('accessGroups:refresh', scope)
      expect(listing.groups.length).toBeGreaterThan(0)
      const tree = await call<SiteTree>('accessGroups:siteTree', scope)
      const device = tree.buildings.flatMap((b) => b.devices).find((d) => d.relays.length > 0)
      const outcome = await call<SaveOutcome>('accessGroups:create', {
        ...scope,
        draft: {
          name: 'Router group',
          schedule: { repeatMode: 'daily', availableDays: [], startTime: '06:00:00', finishTime: '18:00:00' },
          doors: [{ deviceId: device?.deviceId, relayIds: [device?.relays[0]?.relayId], securityRelayIds: [] }],
        },
      })
      expect(outcome.kind).toBe('saved')
      const id = outcome.kind === 'saved' ? outcome.accessGroupId : ''
      expect((await call<AccessGroupsListing>('accessGroups:list', scope)).groups.find((g) => g.id === id)?.name).toBe('Router group')
      await call('accessGroups:delete', { ...scope, accessGroupIds: [id] })
      expect((await call<AccessGroupsListing>('accessGroups:list', scope)).groups.some((g) => g.id === id)).toBe(false)
      expect(events).toContainEqual(scope)
    } finally {
      off()
    }
  })
})
