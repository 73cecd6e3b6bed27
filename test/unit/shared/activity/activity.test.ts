import { describe, expect, it } from 'vitest'
import { activityRows, ACTIVITY_COLUMNS } from '../../../../src/shared/activity/activity-rows'
import { activityOperationOf, TARGET_DOORS } from '../../../../src/shared/activity/operation-summary'
import type { ActivityEntry } from '../../../../src/shared/domain/activity'

describe('activityOperationOf', () => {
  it('keeps a staff create by name, never its PINs or cards', () => {
    const summary = activityOperationOf({
      kind: 'akuvox.staff.create',
      input: { projectId: 'p', staffAccessName: 'Zhang San', pinCodes: ['246810'], rfCards: ['0A1B2C3D'] } as never,
    })
    expect(summary).toEqual({ kind: 'akuvox.staff.create', params: { name: 'Zhang San' }, target: 'Zhang San' })
    expect(JSON.stringify(summary)).not.toMatch(/246810|0A1B2C3D/)
  })

  it('names at most a few doors of a send and counts them all', () => {
    const channels = Array.from({ length: TARGET_DOORS + 3 }, (_, i) => ({ channelId: `ch${i}`, name: `Door ${i}`, deviceName: 'D' }))
    const summary = activityOperationOf({
      kind: 'tuya.permissions.send',
      sendKind: 'increment',
      certificates: 'card',
      channels,
      credentials: 12,
      check: { state: 'none' },
    })
    expect(summary.params).toEqual({ sendKind: 'increment', certificates: 'card', count: 12, doors: TARGET_DOORS + 3 })
    expect(summary.target.split(', ')).toHaveLength(TARGET_DOORS)
  })

  it('keeps a batch delete as a count', () => {
    expect(activityOperationOf({ kind: 'tuya.person.delete', move: { personIds: ['a', 'b', 'c'] } })).toEqual({
      kind: 'tuya.person.delete',
      params: { count: 3 },
      target: '',
    })
  })
})

describe('activityRows', () => {
  it('words each entry in the given columns, with empty cells for what it does not have', () => {
    const entry: ActivityEntry = {
      id: 1,
      at: 0,
      installer: null,
      installId: null,
      connectionId: 'c',
      connectionLabel: 'Harbour Court',
      projectId: 'p',
      projectName: 'Tower A',
      operation: { kind: 'akuvox.accessGroup.create', params: { name: 'Lobby' }, target: 'Lobby' },
      result: 'failed',
      reason: { code: 'server', messageKey: 'errors.server' },
      requestId: 'r-1',
      outboxId: 4,
    }
    const [row] = activityRows([entry], {
      when: (at) => `t${at}`,
      operation: (e) => `created ${e.operation.params.name}`,
      result: (r) => r.toUpperCase(),
      reason: (r) => `because ${r.messageKey}`,
    })
    expect(Object.keys(row ?? {})).toEqual([...ACTIVITY_COLUMNS])
    expect(row).toEqual({
      when: 't0',
      installer: '',
      connection: 'Harbour Court',
      project: 'Tower A',
      operation: 'created Lobby',
      target: 'Lobby',
      result: 'FAILED',
      reason: 'because errors.server',
      requestId: 'r-1',
    })
  })
})
