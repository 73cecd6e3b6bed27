import { compareDoors, matchesChecklistFilter } from '@shared/checklist/filter'
import { doorKey, parseDoorKey } from '@shared/checklist/door-key'
import { checklistSummary } from '@shared/checklist/progress'
import type {
  ChecklistDoor,
  ChecklistFilter,
  ChecklistSummary,
  DoorBase,
  DoorCheck,
  DoorCheckMethod,
  DoorCheckResult,
  DoorSend,
} from '@shared/domain/checklist'
import { AppErrorException, appError } from '@shared/errors'
import type { Page } from '@shared/page'
import { channelOfTask } from '@shared/sends/task-channel'
import type { ChecklistDoorsRepo, DeviceGroupRow } from '../../store/cache/checklist-doors-repo'
import type { CacheScope } from '../../store/cache/scope'
import type { DoorChecksRepo } from '../../store/door-checks-repo'

/** The most doors one project's checklist reads from the cache (the large sandbox site has about 30,000). */
export const MAX_CHECKLIST_DOORS = 100_000
/** How many of the newest sends are searched for each door's latest one. */
const RECENT_SENDS = 2_000

export interface ChecklistServiceDeps {
  readonly doors: ChecklistDoorsRepo
  readonly checks: DoorChecksRepo
  readonly now: () => number
}

export interface DoorTest {
  readonly doorKey: string
  readonly result: DoorCheckResult | 'untested'
  readonly method: DoorCheckMethod
  readonly note: string
}

/**
 * The per-door commissioning checklist: the cache's doors with the installer's own tests laid
 * over them. Reads only the cache and the local record, so it works the same offline.
 */
export class ChecklistService {
  constructor(private readonly deps: ChecklistServiceDeps) {}

  doors(scope: CacheScope, filter: ChecklistFilter, offset: number, limit: number): Page<ChecklistDoor> {
    const all = this.tested(scope)
    const matching = all.filter((d) => matchesChecklistFilter(d, filter)).sort(compareDoors)
    const page = matching.slice(offset, offset + limit)
    const groups = this.deps.doors.groupsOfDevices(scope, [...new Set(page.filter((d) => d.kind !== 'channel').map((d) => d.deviceId))])
    const sends = page.some((d) => d.kind === 'channel') ? this.latestSends(scope, all) : new Map<string, DoorSend>()
    return {
      total: matching.length,
      offset,
      items: page.map((door) => ({ ...door, groups: groupsOpening(door, groups), lastSend: sends.get(door.key) ?? null })),
    }
  }

  summary(scope: CacheScope): ChecklistSummary {
    return checklistSummary(this.tested(scope))
  }

  /** Keeps the test (or clears it for `untested`); a door the cache does not hold is `not_found`. */
  record(scope: CacheScope, test: DoorTest): { readonly check: DoorCheck | null } {
    const ref = parseDoorKey(test.doorKey)
    if (ref === null || !this.deps.doors.has(scope, ref))
      throw new AppErrorException(appError('not_found', { messageKey: 'errors.checklist.doorGone', detail: 'no such door in the cache' }))
    // Kept under the key as main writes it, whatever spelling of the same ids the caller used.
    const key = doorKey(ref)
    if (test.result === 'untested') {
      this.deps.checks.clear(scope, key)
      return { check: null }
    }
    const check: DoorCheck = { result: test.result, method: test.method, note: test.note, testedAt: this.deps.now() }
    this.deps.checks.save(scope, key, check)
    return { check }
  }

  /** Every door, each with the installer's test. */
  private tested(scope: CacheScope): DoorBase[] {
    const checks = this.deps.checks.all(scope)
    return this.deps.doors.doors(scope, MAX_CHECKLIST_DOORS).map((d) => ({ ...d, check: checks.get(d.key) ?? null }))
  }

  /** Per Tuya door key, the newest cached send to it. */
  private latestSends(scope: CacheScope, doors: readonly DoorBase[]): Map<string, DoorSend> {
    const channels = doors.filter((d) => d.kind === 'channel').map((d) => ({ channelId: d.key, name: d.name, deviceName: d.deviceName }))
    const out = new Map<string, DoorSend>()
    for (const task of this.deps.doors.recentTasks(scope, RECENT_SENDS)) {
      const key = channelOfTask(task, channels)
      if (key === null || out.has(key)) continue
      out.set(key, { startedAt: task.taskStartTime, finishedAt: task.taskFinishTime, progress: task.progress, outcome: task.outcome })
    }
    return out
  }
}

function groupsOpening(door: DoorBase, rows: readonly DeviceGroupRow[]): ChecklistDoor['groups'] {
  const ref = parseDoorKey(door.key)
  if (ref === null || ref.kind === 'channel') return []
  return rows.filter((r) => r.deviceId === ref.deviceId && (ref.kind === 'relay' ? r.relayIds : r.securityRelayIds).includes(ref.relayId)).map((r) => r.group)
}
