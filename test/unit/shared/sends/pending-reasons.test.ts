import { describe, expect, it } from 'vitest'
import { cellReason, failureReasons } from '../../../../src/shared/sends/failure-reason'
import { buildChannelGrid } from '../../../../src/shared/sends/grid'
import { hasPending, pendingCounts } from '../../../../src/shared/sends/pending'
import { bad, info, none, ok, record } from '../../../fixtures/sends'

describe('what is pending on a channel', () => {
  it('a fingerprint still "to be sent" is not pending: no send policy carries one', () => {
    // Right after a send in which everything succeeded, the cloud still lists one fingerprint to be sent.
    const counts = pendingCounts({ total: 5, pending: { card: 0, face: 0, fingerprint: 1 } })
    expect(counts).toEqual({ total: 5, card: 0, face: 0 })
    expect(hasPending(counts)).toBe(false)
  })

  it('cards and faces still to be sent are pending', () => {
    const counts = pendingCounts({ total: 4, pending: { card: 2, face: 1, fingerprint: 3 } })
    expect(counts).toEqual({ total: 4, card: 2, face: 1 })
    expect(hasPending(counts)).toBe(true)
    expect(hasPending(pendingCounts({ total: 1, pending: { card: 0, face: 1, fingerprint: 0 } }))).toBe(true)
  })
})

describe('why a person’s part of a send failed', () => {
  const failed = record('a', 'Amy', 'failed')

  it('names each credential whose send or delete the issue info counts as failed, the person first', () => {
    const mixed = info('rec-a', { person: ok(), card: ok(), face: bad(), cardPassword: { ...none, failIssueDelNum: 1 } })
    expect(failureReasons(failed, mixed, true)).toEqual([
      { kind: 'notRemoved', subject: 'cardPassword' },
      { kind: 'notSent', subject: 'face' },
    ])
    expect(failureReasons(failed, info('rec-a', { person: bad() }), true)).toEqual([{ kind: 'notSent', subject: 'person' }])
  })

  it('says when the cloud gave no reason, and when the reason could not be read', () => {
    expect(failureReasons(failed, info('rec-a', { card: ok() }), true)).toEqual([{ kind: 'noReason' }])
    expect(failureReasons(failed, undefined, true)).toEqual([{ kind: 'unread' }])
  })

  it('a stopped or unconfirmed record says so; a status the seed does not list is unconfirmed', () => {
    expect(failureReasons(record('a', 'A', 'terminated'), undefined, null)).toEqual([{ kind: 'stopped' }])
    expect(failureReasons(record('a', 'A', 'unknown'), undefined, null)).toEqual([{ kind: 'unconfirmed' }])
    expect(failureReasons(record('a', 'A', { code: 9 }), undefined, null)).toEqual([{ kind: 'unconfirmed' }])
  })

  it('puts first that the device is offline now, only for a failure', () => {
    expect(failureReasons(failed, info('rec-a', { card: bad() }), false)).toEqual([{ kind: 'deviceOffline' }, { kind: 'notSent', subject: 'card' }])
    expect(failureReasons(record('a', 'A', 'succeeded'), info('rec-a', { card: ok() }), false)).toEqual([])
  })

  it('nothing to explain while a record runs or after it succeeded', () => {
    expect(failureReasons(record('a', 'A', 'initialised'), undefined, true)).toEqual([])
    expect(failureReasons(record('a', 'A', 'succeeded'), undefined, true)).toEqual([])
  })

  it('each grid row carries its reasons, with the device state of its channel', () => {
    const grid = buildChannelGrid(
      {
        taskId: 't1',
        channelId: 'ch1',
        channelName: 'Lobby',
        deviceName: 'Lobby reader',
        records: [record('a', 'Amy', 'succeeded'), record('b', '张伟', 'failed')],
        deviceOnline: false,
      },
      new Map([['rec-b', info('rec-b', { card: ok(), face: bad() })]]),
    )
    expect(grid.rows.map((r) => [r.name, r.reasons])).toEqual([
      ['张伟', [{ kind: 'deviceOffline' }, { kind: 'notSent', subject: 'face' }]],
      ['Amy', []],
    ])
  })

  it('a failed cell takes the reason that names its credential, else one about the whole person', () => {
    const reasons = failureReasons(failed, info('rec-a', { face: bad(), cardPassword: { ...none, failIssueDelNum: 1 } }), false)
    expect(cellReason(reasons, 'face')).toEqual({ kind: 'notSent', subject: 'face' })
    expect(cellReason(reasons, 'password')).toEqual({ kind: 'notRemoved', subject: 'cardPassword' })
    expect(cellReason(reasons, 'card')).toEqual({ kind: 'deviceOffline' })
    expect(cellReason(failureReasons(failed, info('rec-a', { face: bad() }), true), 'card')).toBeNull()
    expect(cellReason(failureReasons(failed, info('rec-a', { person: bad() }), true), 'card')).toEqual({ kind: 'notSent', subject: 'person' })
  })
})
