import { z } from 'zod'
import { AppErrorException, appError } from '@shared/errors'
import { type TuyaSendCertificates, type TuyaSendKind, type TuyaSendResult, TUYA_SEND_CERTIFICATE_CODES, TUYA_SEND_KIND_CODES } from '@shared/domain/tuya'
import type { TuyaApi } from './api'
import { decode, text } from './decode'
import { TuyaOutcomeUnknown } from './errors'
import type { CallOptions } from './call-options'
import { listAuthTasks } from './tasks'

const BASE = '/v1.0/iot-02/building/access-auth-issue/actions'

/** Tasks started this long before our send are still considered ours (clock estimate slack). */
const RECONCILE_MARGIN_MS = 5_000

export interface SendInput {
  readonly channelIds: readonly string[]
  /** Meaning 1 of authIssueCertificate: 1 card, 2 card+face, 3 card+password, 4 card+password+face. */
  readonly certificates: TuyaSendCertificates
}

/**
 * The seed documents the result as "String": the ids of the tasks started (comma-separated),
 * also read as an array; anything else (e.g. a bare `true`) yields no ids.
 */
const taskIdsSchema = z.union([
  z.string().transform((s) =>
    s
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean),
  ),
  z.array(text),
  z.unknown().transform(() => [] as string[]),
])

/**
 * Sends all (`full`) or only still-pending (`increment`) permissions to channels; the cloud starts
 * one task per channel. A send is never repeated blindly: when its answer is lost (network, 5xx,
 * Tuya 500) or throttled, the task list is read first. Tasks of this kind started since just
 * before the send mean it was applied: their ids are returned with `recovered: true`. An empty
 * list means it never reached the service: a lost send goes once more, a throttled one surfaces
 * as `rate_limited`. If the task list cannot be read either, the error is surfaced for the
 * installer to look before sending again.
 * Tasks this client already received for earlier sends are excluded (`SendLedger`). Another
 * installer sending the same kind within those seconds would still be mistaken for ours; the
 * result is then "recovered" without a second send, which errs on the side of not duplicating.
 */
/** Task ids this client already knows to be its own: never taken for a later send's lost answer. */
export class SendLedger {
  private readonly known = new Set<string>()

  constructor(private readonly limit = 2_000) {}

  has(taskId: string): boolean {
    return this.known.has(taskId)
  }

  add(taskIds: readonly string[]): void {
    for (const id of taskIds) this.known.add(id)
    // Sets iterate in insertion order: drop the oldest beyond the limit.
    for (const id of this.known) {
      if (this.known.size <= this.limit) break
      this.known.delete(id)
    }
  }
}

export async function sendPermissions(
  api: TuyaApi,
  ledger: SendLedger,
  kind: TuyaSendKind,
  input: SendInput,
  options: CallOptions = {},
): Promise<TuyaSendResult> {
  const result = await sendOnce(api, ledger, kind, input, options)
  ledger.add(result.taskIds)
  return result
}

async function sendOnce(api: TuyaApi, ledger: SendLedger, kind: TuyaSendKind, input: SendInput, options: CallOptions): Promise<TuyaSendResult> {
  if (input.channelIds.length === 0) {
    throw new AppErrorException(appError('invalid_input', { params: { field: 'channelIds' }, detail: 'no channel to send to' }))
  }
  const since = api.now - RECONCILE_MARGIN_MS
  const send = async (): Promise<TuyaSendResult> => {
    const { result } = await api.call({
      method: 'POST',
      path: `${BASE}/${kind}`,
      body: { projectId: api.projectId, authIssueCertificate: TUYA_SEND_CERTIFICATE_CODES[input.certificates], channelIds: input.channelIds },
      kind: 'write',
      label: `POST access-auth-issue/actions/${kind}`,
      signal: options.signal,
    })
    return { kind, taskIds: decode(taskIdsSchema, result, 'access-auth-issue'), recovered: false }
  }
  try {
    return await send()
  } catch (error) {
    const unknown = error instanceof TuyaOutcomeUnknown
    const throttled = error instanceof AppErrorException && error.error.code === 'rate_limited'
    if (!unknown && !throttled) throw error
    const found = await startedTasks(api, ledger, kind, since, input.channelIds.length, options).catch(() => null)
    if (found === null) throw error
    if (found.length > 0) return { kind, taskIds: found, recovered: true }
    // Throttled and not applied: the installer sends again later; lost and not applied: once more now.
    if (throttled) throw error
    return send()
  }
}

async function startedTasks(api: TuyaApi, ledger: SendLedger, kind: TuyaSendKind, since: number, expected: number, options: CallOptions): Promise<string[]> {
  const page = await listAuthTasks(api, { kind, taskStartFrom: since, pageSize: Math.max(50, expected * 2) }, options)
  return page.items.filter((t) => t.kind.code === TUYA_SEND_KIND_CODES[kind] && t.taskStartTime >= since && !ledger.has(t.authTaskId)).map((t) => t.authTaskId)
}
