import type { TuyaAuthTask, TuyaOrganisation, TuyaPage, TuyaPaging } from '@shared/domain/tuya'
import type { TuyaClient } from '../../clouds/tuya'
import { combineHashes, contentHash } from '../../store/cache/hash'
import { ItemsRepo } from '../../store/cache/items-repo'
import { organisationSpec } from '../../store/cache/tuya-specs'
import { forEachLimited } from './pool'
import type { PageSource } from './read-pages'
import { settleAll } from './settle'
import type { SyncContext } from './sync-context'
import { syncPaged, syncWholePages } from './sync-paged'

/** Tuya documents no page-size maximum for these lists; 100 is what its own console uses. */
const TUYA_PAGE_SIZE = 100

type TuyaList<T> = (filter: TuyaPaging, options: { signal: AbortSignal }) => Promise<TuyaPage<T>>

function tuyaSource<T>(list: TuyaList<T>): PageSource<T> {
  return async (page, pageSize, signal) => {
    const result = await list({ page, pageSize }, { signal })
    return { items: result.items, total: result.total, hasMore: result.hasMore }
  }
}

const recordsKey = (taskId: string): string => `authTaskRecords/${taskId}`

/**
 * A whole Tuya project: channels (and the devices they name), persons, the recycle bin,
 * permissions and send tasks read in parallel, the organisation tree walked level by level;
 * then the records of each send task that may still change.
 */
export async function syncTuyaProject(ctx: SyncContext, client: TuyaClient): Promise<void> {
  const channels = syncPaged(ctx, {
    collection: 'channels',
    key: 'channels',
    specRef: { name: 'channels', now: ctx.now() },
    source: tuyaSource((f, o) => client.listChannels(f, o)),
    pageSize: TUYA_PAGE_SIZE,
    checkByFirstPage: true,
    withStatus: true,
  })
  const persons = syncPaged(ctx, {
    collection: 'persons',
    key: 'persons',
    specRef: { name: 'persons' },
    source: tuyaSource((f, o) => client.listPersons(f, o)),
    pageSize: TUYA_PAGE_SIZE,
    checkByFirstPage: true,
  })
  const recycled = syncPaged(ctx, {
    collection: 'recycledPersons',
    key: 'recycledPersons',
    specRef: { name: 'recycledPersons' },
    source: tuyaSource((f, o) => client.listRecycledPersons(f, o)),
    pageSize: TUYA_PAGE_SIZE,
    checkByFirstPage: true,
  })
  const auths = syncPaged(ctx, {
    collection: 'accessAuths',
    key: 'accessAuths',
    specRef: { name: 'accessAuths' },
    source: tuyaSource((f, o) => client.listAccessAuth(f, o)),
    pageSize: TUYA_PAGE_SIZE,
    checkByFirstPage: true,
  })
  const tasks = syncPaged(ctx, {
    collection: 'authTasks',
    key: 'authTasks',
    specRef: { name: 'authTasks' },
    source: tuyaSource((f, o) => client.listAuthTasks(f, o)),
    pageSize: TUYA_PAGE_SIZE,
    checkByFirstPage: true,
  }).then(() => syncTaskRecords(ctx, client))
  const organisations = syncOrganisations(ctx, client)
  await settleAll(ctx, [channels, persons, recycled, auths, tasks, organisations])
}

/** Page 1 of the stored tree: the root and its children; page 2: every level below. */
const TOP_LEVELS = 2

/**
 * The tree has no list call: each organisation's children are asked for, the project id
 * standing for "above the root", level by level. Stored as two pages in one transaction, so the
 * tree is never half there. The tree states no size, so its top levels stand for a first page:
 * when they are unchanged and the last full walk is fresh (`ReadPolicy`), the walk stops there.
 */
async function syncOrganisations(ctx: SyncContext, client: TuyaClient): Promise<void> {
  const fresh = ctx.freshFullRead('organisations')
  const cachedTop = fresh === null ? undefined : ctx.states.pages(ctx.scope, 'organisations').get(1)?.hash
  const report = ctx.progress('organisations', 0)
  const pages: [TuyaOrganisation[], TuyaOrganisation[]] = [[], []]
  let level: readonly string[] = [ctx.scope.projectId]
  for (let depth = 1; level.length > 0; depth++) {
    const children: TuyaOrganisation[] = []
    await forEachLimited(level, ctx.gate.width, async (structureId) => {
      children.push(...(await ctx.gate.run(() => client.getOrganisationChildren(structureId, { signal: ctx.signal }), ctx.signal)))
    })
    // Sibling order must not depend on which answer came first, or the hash would change.
    children.sort((a, b) => a.level - b.level || a.sort - b.sort || a.structureId.localeCompare(b.structureId))
    pages[depth <= TOP_LEVELS ? 0 : 1].push(...children)
    report(pages[0].length + pages[1].length, null)
    if (depth === TOP_LEVELS && fresh !== null && contentHash(pages[0].map(organisationSpec.json)) === cachedTop) {
      ctx.checkedOnly.push({ collection: 'organisations', lastFullSyncAt: fresh.at })
      report(fresh.itemCount, fresh.itemCount)
      return
    }
    level = children.map((c) => c.structureId)
  }
  await syncWholePages(ctx, { collection: 'organisations', key: 'organisations', specRef: { name: 'organisations' } }, pages)
}

const isSettled = (task: TuyaAuthTask): boolean => task.progress.known && (task.progress.value === 'completed' || task.progress.value === 'terminated')

/** Records of tasks still running or never read whole (all of them in a full sync); those of finished tasks do not change. */
async function syncTaskRecords(ctx: SyncContext, client: TuyaClient): Promise<void> {
  const tasks = new ItemsRepo(ctx.db).list('authTasks', ctx.scope, { limit: -1 })
  const complete = new Set(ctx.states.subKeys(ctx.scope, 'authTaskRecords', 'complete'))
  const wanted = ctx.policy.full ? tasks : tasks.filter((t) => !isSettled(t) || !complete.has(recordsKey(t.authTaskId)))
  await forEachLimited(wanted, ctx.gate.width, (task) =>
    syncPaged(ctx, {
      collection: 'authTaskRecords',
      key: recordsKey(task.authTaskId),
      specRef: { name: 'authTaskRecords', taskId: task.authTaskId },
      source: async (page, pageSize, signal) => {
        const result = await client.listAuthTaskRecords(task.authTaskId, { page, pageSize }, { signal })
        return { items: result.records.items, total: result.records.total, hasMore: result.records.hasMore }
      },
      pageSize: TUYA_PAGE_SIZE,
    }),
  )
  const present = new Set(tasks.map((t) => recordsKey(t.authTaskId)))
  for (const key of ctx.states.subKeys(ctx.scope, 'authTaskRecords')) {
    if (!present.has(key)) await ctx.writes.add({ kind: 'forget', spec: { name: 'authTaskRecords', taskId: '' }, scope: ctx.scope, coll: key })
  }
  await ctx.writes.flush()
  const count = new ItemsRepo(ctx.db).count('authTaskRecords', ctx.scope)
  await ctx.writes.add({ kind: 'complete', scope: ctx.scope, coll: 'authTaskRecords', at: ctx.now(), itemCount: count, hash: combineHashes([]) })
}
