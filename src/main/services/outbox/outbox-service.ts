import type { OutboxBase, OutboxEntry, OutboxOperation, OutboxOperationKind, ReplayOutcome } from '@shared/domain/outbox'
import { type AppError, toAppError } from '@shared/errors'
import type { MergeReview } from '@shared/merge/review'
import type { MergeResolution } from '@shared/merge/three-way'
import type { Logger } from '../../log/logger'
import type { SqlDatabase } from '../../store/driver'
import type { CloudSession } from '../connections/cloud-session'
import { entryMerge } from './entry-merge'
import { randomUUID } from 'node:crypto'
import { IntentGate } from './intents'
import { type OperationHandler, type OperationHandlers, handlerOf } from './operation-handler'
import { OutboxRepo, type OutboxResult } from '../../store/outbox-repo'
import { type ActivityRecorder, NO_ACTIVITY, nameInSnapshot } from '../activity/activity-log'

export interface OutboxServiceDeps {
  readonly db: SqlDatabase
  readonly session: (connectionId: string) => Promise<CloudSession>
  readonly now: () => number
  readonly logger: Logger
  /** What each kind of change is: its targets, how it is sent, its version in the cloud. */
  readonly operations: OperationHandlers
  /** The outbox changed (enqueue, discard, replay): the status bar shows the count. */
  readonly onChange: (entries: readonly OutboxEntry[]) => void
  /** The installer activity log: every change queued, landed, failed, merged or discarded. */
  readonly activity?: ActivityRecorder
}

export interface EnqueueInput {
  readonly connectionId: string
  readonly projectId: string
  readonly operation: OutboxOperation
  /** What the installer saw of the target (from the cache); null for creates. */
  readonly base: OutboxBase | null
  /** The intent (one per opened form) the change comes from; a new one when not given. */
  readonly intentKey?: string
}

/**
 * Changes waiting for the cloud, kept in the database so they survive restarts. Nothing is sent
 * until the installer has reviewed the list and asks for a replay. A change whose target moved
 * on the server since its base is a conflict (both sides kept for review), never applied; a
 * change that fails keeps its error and stays; a change can be discarded.
 */
export class OutboxService {
  private readonly repo: OutboxRepo
  /** Submits of one intent that reach the cloud: the second waits for, and gets, the first's answer. */
  readonly intents = new IntentGate()
  /** The activity log, for the change paths that send before they would queue (cloudFirst, sends). */
  readonly activity: ActivityRecorder

  constructor(private readonly deps: OutboxServiceDeps) {
    this.repo = new OutboxRepo(deps.db)
    this.activity = deps.activity ?? NO_ACTIVITY
  }

  /**
   * Keeps one entry per intent: a change whose intent already waits here replaces that entry (an
   * edit of a queued create folds into the create); any other is added at the end.
   */
  enqueue(input: EnqueueInput): OutboxEntry {
    const targetIds = this.handler(input.operation).targetIds(input.operation)
    const waiting = input.intentKey === undefined ? null : this.repo.byIntent(input.intentKey)
    const entry = waiting
      ? this.repo.replace(waiting.id, stillUnconfirmed(waiting.operation, input.operation), targetIds)
      : this.repo.insert({ ...input, targetIds, createdAt: this.deps.now(), intentKey: input.intentKey ?? randomUUID() })
    if (!entry) throw new Error('outbox entry vanished while it was replaced')
    this.log(entry, 'queued')
    this.changed()
    return entry
  }

  /** The entry waiting for this intent, if any. */
  waiting(intentKey: string): OutboxEntry | null {
    return this.repo.byIntent(intentKey)
  }

  list(scope: { readonly connectionId?: string; readonly projectId?: string } = {}): OutboxEntry[] {
    return this.repo.list(scope)
  }

  count(scope: { readonly connectionId?: string; readonly projectId?: string } = {}): number {
    return this.repo.list(scope).length
  }

  /** Drops a waiting change; `landed`: it was found in the cloud after all (a send whose answer was lost), so the log says done. */
  discard(id: number, options: { readonly landed?: boolean } = {}): boolean {
    const entry = this.repo.get(id)
    const removed = this.repo.delete(id)
    if (removed && entry) this.handler(entry.operation).afterDiscarded?.(entry, entry.operation)
    if (removed && entry) this.log(entry, options.landed === true ? 'done' : 'discarded')
    if (removed) this.changed()
    return removed
  }

  /** What is known about a waiting change grew (its kind and targets stay): the review shows it. */
  update(id: number, operation: OutboxOperation): boolean {
    const updated = this.repo.replaceOperation(id, operation)
    if (updated) this.changed()
    return updated
  }

  /** A change in conflict, field by field with the cloud's record; null when it cannot be merged (kept or discarded whole). */
  review(id: number): MergeReview | null {
    const entry = this.repo.get(id)
    return entry && (entryMerge(this.deps.operations, entry)?.review ?? null)
  }

  /**
   * The installer settled a conflict: the change becomes the merge (with their choices) or their
   * own record whole, made over the cloud's version, and waits to be sent. A change that cannot
   * be merged can only be kept whole ("mine").
   */
  resolve(id: number, resolution: MergeResolution): boolean {
    const entry = this.repo.get(id)
    if (!entry?.conflict?.current) return false
    const merge = entryMerge(this.deps.operations, entry)
    if (!merge && resolution.kind !== 'mine') return false
    const next = merge ? merge.resolve(resolution) : { operation: entry.operation, base: entry.conflict.current }
    const resolved = this.repo.resolve(id, next.operation, next.base)
    if (resolved) this.log({ ...entry, operation: next.operation }, 'merged')
    if (resolved) this.changed()
    return resolved
  }

  results(id: number): OutboxResult[] {
    return this.repo.results(id)
  }

  /**
   * Replays the reviewed entries in the order they were made. A change to a target behind one
   * that failed or conflicted in this replay is skipped, so changes never land out of order.
   */
  async replay(reviewedIds: readonly number[], options: { readonly signal?: AbortSignal } = {}): Promise<ReplayOutcome[]> {
    const signal = options.signal ?? new AbortController().signal
    const reviewed = new Set(reviewedIds)
    const entries = this.repo.list().filter((e) => reviewed.has(e.id))
    const blocked = new Map<string, number>()
    const outcomes: ReplayOutcome[] = []
    // A later change to a target an earlier one just changed was made over the installer's own
    // queued change: it is checked against the server's version right after that change.
    const rebased = new Map<number, OutboxBase | null>()
    try {
      for (const [index, entry] of entries.entries()) {
        if (signal.aborted) break
        const blocker = entry.targetIds.map((t) => blocked.get(`${entry.connectionId}/${t}`)).find((b) => b !== undefined)
        const outcome =
          blocker !== undefined
            ? ({ kind: 'skipped', id: entry.id, blockedBy: blocker } as const)
            : await this.replayOne(rebased.has(entry.id) ? { ...entry, base: rebased.get(entry.id) ?? null } : entry, signal)
        outcomes.push(outcome)
        this.repo.record({
          outboxId: entry.id,
          connectionId: entry.connectionId,
          projectId: entry.projectId,
          operation: entry.operation.kind,
          at: this.deps.now(),
          outcome: outcome.kind,
          detail:
            outcome.kind === 'failed'
              ? outcome.error
              : outcome.kind === 'conflict'
                ? outcome.conflict
                : outcome.kind === 'skipped'
                  ? { blockedBy: outcome.blockedBy }
                  : null,
        })
        if (outcome.kind !== 'applied') for (const t of entry.targetIds) blocked.set(`${entry.connectionId}/${t}`, entry.id)
        else await this.rebaseFollowers(entry, entries.slice(index + 1), rebased, signal)
      }
    } finally {
      this.changed()
    }
    return outcomes
  }

  private async rebaseFollowers(
    applied: OutboxEntry,
    later: readonly OutboxEntry[],
    rebased: Map<number, OutboxBase | null>,
    signal: AbortSignal,
  ): Promise<void> {
    const targets = new Set(applied.targetIds)
    const followers = later.filter((e) => e.connectionId === applied.connectionId && e.base !== null && e.targetIds.some((t) => targets.has(t)))
    if (followers.length === 0) return
    try {
      const session = await this.deps.session(applied.connectionId)
      for (const follower of followers) {
        const current = await this.handler(follower.operation).currentVersion(session, follower.operation, signal)
        // undefined: nothing to compare (kept as queued); null: the target is gone now.
        if (current !== undefined) rebased.set(follower.id, current)
      }
    } catch (error) {
      // The follower keeps its own base; its replay reads the server again and reports what it finds.
      this.deps.logger.warn('outbox rebase after an applied change failed', { id: applied.id, code: toAppError(error).code })
    }
  }

  private async replayOne(entry: OutboxEntry, signal: AbortSignal): Promise<ReplayOutcome> {
    const at = (): number => this.deps.now()
    let applied: unknown
    try {
      const session = await this.deps.session(entry.connectionId)
      if (entry.base !== null) {
        const current = await this.handler(entry.operation).currentVersion(session, entry.operation, signal)
        if (current !== undefined && current?.version !== entry.base.version) {
          const conflict = { base: entry.base, current, detectedAt: at() }
          this.repo.conflicted(entry.id, at(), conflict)
          return { kind: 'conflict', id: entry.id, conflict }
        }
      }
      applied = await this.handler(entry.operation).apply(session, entry.operation, signal)
    } catch (error) {
      const appErr = toAppError(error)
      this.deps.logger.warn('outbox change failed', { id: entry.id, operation: entry.operation.kind, code: appErr.code })
      this.repo.failed(entry.id, at(), appErr)
      this.log(entry, 'failed', appErr)
      return { kind: 'failed', id: entry.id, error: appErr }
    }
    this.repo.delete(entry.id)
    this.handler(entry.operation).afterApplied?.(entry, entry.operation, applied)
    this.log(entry, 'done')
    return { kind: 'applied', id: entry.id }
  }

  private handler(op: OutboxOperation): OperationHandler<OutboxOperationKind> {
    return handlerOf(this.deps.operations, op)
  }

  private log(entry: OutboxEntry, result: 'queued' | 'done' | 'failed' | 'merged' | 'discarded', error: AppError | null = null): void {
    this.activity.record({
      connectionId: entry.connectionId,
      projectId: entry.projectId,
      operation: entry.operation,
      result,
      error,
      outboxId: entry.id,
      targetName: nameInSnapshot(entry.base?.snapshot),
    })
  }

  private changed(): void {
    this.deps.onChange(this.repo.list())
  }
}

/** A create that may already have landed stays marked so, whatever it is replaced with: replay looks for it first. */
function stillUnconfirmed(waiting: OutboxOperation, next: OutboxOperation): OutboxOperation {
  return next.kind === waiting.kind && 'unconfirmed' in waiting && waiting.unconfirmed ? ({ ...next, unconfirmed: true } as OutboxOperation) : next
}
