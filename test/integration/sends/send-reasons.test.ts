import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { RunningSandboxes } from '@fieldkey/sandbox'
import { silentLogger } from '../../../src/main/log/logger'
import { SendsService } from '../../../src/main/services/sends'
import { OutboxService } from '../../../src/main/services/outbox/outbox-service'
import { outboxOperations } from '../../../src/main/services/outbox-operations'
import type { SqlDatabase } from '../../../src/main/store/driver'
import type { TuyaAccessAuth } from '../../../src/shared/domain/tuya'
import { hasPending } from '../../../src/shared/sends/pending'
import type { ChannelRow, SendDraft, SendProgress } from '../../../src/shared/sends/types'
import { adminSend } from '../access-groups/harness'
import { sessionsFor } from '../sync/harness'
import { syncedTuyaSite } from './harness'

let sandboxes: RunningSandboxes
let db: SqlDatabase
let service: SendsService
let scope: { connectionId: string; projectId: string }
const progress: SendProgress[] = []

beforeEach(async () => {
  ;({ sandboxes, db, scope } = await syncedTuyaSite())
  progress.length = 0
  const session = sessionsFor(sandboxes.info)
  service = new SendsService({
    db,
    session,
    outbox: new OutboxService({ db, session, now: Date.now, operations: outboxOperations(db), logger: silentLogger, onChange: () => undefined }),
    isOnline: () => true,
    checked: () => undefined,
    emit: (p) => progress.push(p),
    now: Date.now,
    logger: silentLogger,
    // Waiting is moving the sandbox clock: tasks progress over seconds of it, never of ours.
    sleep: (ms) => adminSend(sandboxes, 'POST', '/tuya/clock/advance', { ms }),
  })
})
afterEach(async () => {
  service.close()
  await sandboxes.close()
  db.close()
})

const authsOf = (channelId: string): readonly TuyaAccessAuth[] => service.permissions(scope, { channelId }, 0, 500).items

/** The first online channel with a permission that passes `want`. */
function channelWith(want: (auth: TuyaAccessAuth) => boolean): { channel: ChannelRow; auth: TuyaAccessAuth } {
  for (const channel of service.channels(scope).channels.filter((c) => c.online)) {
    const auth = authsOf(channel.channelId).find(want)
    if (auth) return { channel, auth }
  }
  throw new Error('the site has no such channel')
}

async function sendAndFinish(draft: SendDraft): Promise<readonly string[]> {
  const started = await service.start(scope, draft)
  if (started.outcome !== 'sent') throw new Error(`the send was queued: ${JSON.stringify(started)}`)
  const key = [...started.taskIds].sort().join(',')
  await expect.poll(() => progress.some((p) => p.state === 'finished' && [...p.taskIds].sort().join(',') === key), { timeout: 30_000, interval: 20 }).toBe(true)
  return started.taskIds
}

describe('sends that explain, against the Tuya sandbox', () => {
  it('after a send in which everything succeeded, a fingerprint still "to be sent" leaves nothing pending', async () => {
    const { channel } = channelWith((a) => a.authFingerprintNum > 0 && a.fingerprintIssueStatus === 'pending')
    const taskIds = await sendAndFinish({ channelIds: [channel.channelId], kind: 'full', certificates: 'cardPasswordFace' })
    const grid = await service.grid(scope, taskIds)
    expect(grid.channels[0]?.failedRows).toBe(0)
    // The cloud still lists the fingerprint to be sent: no send can deliver one.
    expect(authsOf(channel.channelId).some((a) => a.authFingerprintNum > 0 && a.fingerprintIssueStatus === 'pending')).toBe(true)
    const after = service.channels(scope).channels.find((c) => c.channelId === channel.channelId)
    expect(after?.permissions).toEqual({ total: channel.permissions.total, card: 0, face: 0 })
    expect(after && hasPending(after.permissions)).toBe(false)
  })

  it('one person whose face the door refuses: the grid says the face could not be sent, the card went', async () => {
    const { channel, auth } = channelWith((a) => a.authFaceNum > 0 && a.authCardNum > 0)
    await adminSend(sandboxes, 'POST', `/tuya/persons/${auth.personId}/send-failure`, { part: 'face' })
    const taskIds = await sendAndFinish({ channelIds: [channel.channelId], kind: 'full', certificates: 'cardFace' })
    const grid = await service.grid(scope, taskIds)
    const rows = grid.channels[0]?.rows ?? []
    const row = rows.find((r) => r.personId === auth.personId)
    expect(row?.cells).toMatchObject({ card: 'succeeded', face: 'failed' })
    expect(row?.reasons).toEqual([{ kind: 'notSent', subject: 'face' }])
    // Everyone else landed: nothing to explain.
    expect(rows.filter((r) => r.personId !== auth.personId).flatMap((r) => r.reasons)).toEqual([])
  })
})
