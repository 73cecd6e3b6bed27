import type { AkuvoxPage } from '@shared/domain/akuvox'
import type { AkuvoxClient } from '../../clouds/akuvox'
import { MAX_PAGE_SIZE } from '../../clouds/akuvox/paging'
import { AccessGroupsRepo } from '../../store/cache/access-groups-repo'
import { combineHashes } from '../../store/cache/hash'
import { ImportTasksRepo } from '../../store/cache/import-tasks-repo'
import { forEachLimited } from './pool'
import { settleAll } from './settle'
import type { FetchedPage, PageSource } from './read-pages'
import type { SyncContext } from './sync-context'
import { syncPaged, syncWhole } from './sync-paged'

type ProjectPageFetch<T> = (params: { projectId: string; pageIndex: number; pageSize: number }, options: { signal: AbortSignal }) => Promise<AkuvoxPage<T>>

/** Akuvox pages end at a short page or at `total` when the server sends the `{list, total}` shape. */
function akuvoxSource<T>(fetch: ProjectPageFetch<T>, projectId: string): PageSource<T> {
  return async (pageIndex, pageSize, signal): Promise<FetchedPage<T>> => {
    const page = await fetch({ projectId, pageIndex, pageSize }, { signal })
    const hasMore = page.items.length >= pageSize && (page.total === null || pageIndex * pageSize < page.total)
    return { items: page.items, total: page.total, hasMore }
  }
}

/**
 * A whole Akuvox project: the device list (one call: devices, buildings, relays), access groups,
 * residents and staff read in parallel; then the info of each group whose summary changed (its
 * doors, one call per group) and the import tasks Fieldkey started that have not finished.
 */
export async function syncAkuvoxProject(ctx: SyncContext, client: AkuvoxClient): Promise<void> {
  const { projectId } = ctx.scope
  const devices = ctx.gate
    .run(() => client.getAccessGroupDeviceList({ projectId }, { signal: ctx.signal }), ctx.signal)
    .then((list) =>
      // `get_access_group_device_list` is not paged: the whole list is one page.
      syncWhole(ctx, { collection: 'devices', key: 'devices', specRef: { name: 'akuvoxDevices', now: ctx.now() }, withStatus: true }, list),
    )
  const groups = syncPaged(ctx, {
    collection: 'accessGroups',
    key: 'accessGroups',
    specRef: { name: 'accessGroups' },
    source: akuvoxSource(client.getAccessGroupList, projectId),
    pageSize: MAX_PAGE_SIZE,
    checkByFirstPage: true,
  }).then(() => syncGroupDetails(ctx, client))
  const accounts = syncPaged(ctx, {
    collection: 'accounts',
    key: 'accounts',
    specRef: { name: 'accounts' },
    source: akuvoxSource(client.getUserList, projectId),
    pageSize: MAX_PAGE_SIZE,
    checkByFirstPage: true,
  })
  const staff = syncPaged(ctx, {
    collection: 'staffAccesses',
    key: 'staffAccesses',
    specRef: { name: 'staffAccesses' },
    source: akuvoxSource(client.getStaffAccessList, projectId),
    pageSize: MAX_PAGE_SIZE,
    checkByFirstPage: true,
  })
  const imports = syncImportTasks(ctx, client)
  await settleAll(ctx, [devices, groups, accounts, staff, imports])
}

async function syncGroupDetails(ctx: SyncContext, client: AkuvoxClient): Promise<void> {
  const repo = new AccessGroupsRepo(ctx.db)
  // A full sync reads every group's info: all were fetched before now.
  const wanted = repo.detailsWanted(ctx.scope, ctx.policy.full ? ctx.now() + 1 : ctx.now() - ctx.policy.detailMaxAgeMs)
  const report = ctx.progress('accessGroupDetails', 0)
  let done = 0
  await forEachLimited(wanted, ctx.gate.width, async (w) => {
    const group = await ctx.gate.run(
      () => client.getAccessGroupInfo({ projectId: ctx.scope.projectId, accessGroupId: w.accessGroupId }, { signal: ctx.signal }),
      ctx.signal,
    )
    await ctx.writes.add({ kind: 'groupDetail', scope: ctx.scope, group, summaryHash: w.summaryHash, at: ctx.now() })
    report(++done, wanted.length)
  })
  await ctx.writes.flush()
  const count = repo.list(ctx.scope).filter((g) => g.detail !== null).length
  await ctx.writes.add({ kind: 'complete', scope: ctx.scope, coll: 'accessGroupDetails', at: ctx.now(), itemCount: count, hash: combineHashes([]) })
}

async function syncImportTasks(ctx: SyncContext, client: AkuvoxClient): Promise<void> {
  const repo = new ImportTasksRepo(ctx.db)
  const open = repo.list(ctx.scope, { unfinishedOnly: true })
  await forEachLimited(open, ctx.gate.width, async (task) => {
    const result = await ctx.gate.run(
      () => client.getImportResult({ projectId: ctx.scope.projectId, importType: task.importType, taskId: task.taskId }, { signal: ctx.signal }),
      ctx.signal,
    )
    await ctx.writes.add({ kind: 'importResult', scope: ctx.scope, result, at: ctx.now() })
  })
  await ctx.writes.add({
    kind: 'complete',
    scope: ctx.scope,
    coll: 'importTasks',
    at: ctx.now(),
    itemCount: repo.list(ctx.scope).length,
    hash: combineHashes([]),
  })
}
