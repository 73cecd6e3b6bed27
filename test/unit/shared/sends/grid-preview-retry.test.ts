import { describe, expect, it } from 'vitest'
import { buildChannelGrid, gridRow } from '../../../../src/shared/sends/grid'
import { credentialsOf, sendPolicyOfCode, SEND_POLICIES } from '../../../../src/shared/sends/policy'
import { buildPreview, previewChannel } from '../../../../src/shared/sends/preview'
import { retryPlan } from '../../../../src/shared/sends/retry'
import type { SendDraft } from '../../../../src/shared/sends/types'
import { auth, bad, info, none, ok, record } from '../../../fixtures/sends'

describe('person × credential grid', () => {
  it('without issue info every cell follows the record', () => {
    expect(gridRow(record('a', 'A', 'failed'), undefined).cells).toEqual({ card: 'failed', face: 'failed', password: 'failed' })
    expect(gridRow(record('a', 'A', 'terminated'), undefined).cells.card).toBe('failed')
    expect(gridRow(record('a', 'A', 'succeeded'), undefined).cells.face).toBe('succeeded')
    expect(gridRow(record('a', 'A', 'initialised'), undefined).cells.password).toBe('pending')
    expect(gridRow(record('a', 'A', { code: 9 }), undefined).cells.card).toBe('unknown')
    // A card-only send: face and password are not part of it, even while the record runs or after it failed.
    expect(gridRow(record('a', 'A', 'initialised'), undefined, ['card']).cells).toEqual({ card: 'pending', face: 'notSent', password: 'notSent' })
    expect(gridRow(record('a', 'A', 'failed'), undefined, ['card', 'face']).cells).toEqual({ card: 'failed', face: 'failed', password: 'notSent' })
  })

  it('with issue info each credential shows its own outcome, deletions included', () => {
    const r = record('a', '张伟', 'failed')
    const row = gridRow(r, info(r.authTaskRecordId, { card: ok(), face: bad(), cardPassword: none }))
    expect(row).toMatchObject({ personId: 'a', name: '张伟', recordId: 'rec-a', cells: { card: 'succeeded', face: 'failed', password: 'notSent' } })
    const deleted = gridRow(r, info(r.authTaskRecordId, { card: { successIssueNum: 0, failIssueNum: 0, successIssueDelNum: 0, failIssueDelNum: 1 } }))
    expect(deleted.cells.card).toBe('failed')
  })

  it('a record still running stays pending even when some info is there', () => {
    const r = record('a', 'A', 'initialised')
    expect(gridRow(r, info(r.authTaskRecordId, { card: ok() })).cells).toEqual({ card: 'pending', face: 'pending', password: 'pending' })
  })

  it('puts failed persons first, then by name, and counts them (unlisted statuses count as failed)', () => {
    const records = [
      record('1', 'Zoe', 'succeeded'),
      record('2', 'Bob', 'failed'),
      record('3', 'Amy', 'succeeded'),
      record('4', 'Cat', { code: 7 }),
      record('5', 'Al', 'terminated'),
    ]
    const grid = buildChannelGrid({ taskId: 't1', channelId: 'ch1', channelName: 'Entrance', deviceName: 'Gate', records }, new Map())
    expect(grid.rows.map((r) => r.name)).toEqual(['Al', 'Bob', 'Cat', 'Amy', 'Zoe'])
    expect(grid.failedRows).toBe(3)
    expect(grid).toMatchObject({ taskId: 't1', channelId: 'ch1', channelName: 'Entrance', deviceName: 'Gate' })
  })
})

describe('send policy (authIssueCertificate 1–4)', () => {
  it('names what each code pushes', () => {
    expect(SEND_POLICIES.map((p) => [p, credentialsOf(p)])).toEqual([
      ['card', ['card']],
      ['cardFace', ['card', 'face']],
      ['cardPassword', ['card', 'password']],
      ['cardPasswordFace', ['card', 'password', 'face']],
    ])
  })
  it('reads a task detail code back as the send policy; 3 is card + password in a send, whatever the task enum calls it', () => {
    expect([1, 2, 3, 4].map(sendPolicyOfCode)).toEqual(['card', 'cardFace', 'cardPassword', 'cardPasswordFace'])
    expect(sendPolicyOfCode(0)).toBeNull()
    expect(sendPolicyOfCode(5)).toBeNull()
  })
})

describe('preview', () => {
  const online = { channelId: 'ch1', name: 'Entrance', deviceName: 'Gate', online: true, runningTaskId: null }
  const auths = [
    auth({ personId: 'a', name: '张伟', authCardNum: 1, cardIssueStatus: 'pending', authFaceNum: 1, faceIssueStatus: 'sent' }),
    auth({ personId: 'b', name: 'Bob', authCardNum: 1, cardIssueStatus: 'sent', authFaceNum: 1, faceIssueStatus: 'sent' }),
    auth({ personId: 'c', name: 'Cat', authFaceNum: 1, faceIssueStatus: 'pending' }),
    auth({ personId: 'd', name: 'Dan', authFingerprintNum: 1, fingerprintIssueStatus: 'pending' }),
  ]
  const draft = (kind: SendDraft['kind'], certificates: SendDraft['certificates']): SendDraft => ({ channelIds: ['ch1'], kind, certificates })

  it('incremental: only what is still to be sent, of the chosen kinds', () => {
    const p = previewChannel(draft('increment', 'cardFace'), online, auths)
    expect(p.persons).toEqual([
      { personId: 'a', name: '张伟', credentials: ['card'] },
      { personId: 'c', name: 'Cat', credentials: ['face'] },
    ])
    expect(p.problems).toEqual([{ kind: 'noCredential', channelId: 'ch1', personId: 'd', name: 'Dan' }])
  })

  it('full: everything of the policy each person has (card passwords ride along in full sends)', () => {
    expect(previewChannel(draft('full', 'cardFace'), online, auths).persons.map((p) => [p.personId, p.credentials])).toEqual([
      ['a', ['card', 'face']],
      ['b', ['card', 'face']],
      ['c', ['face']],
    ])
    expect(previewChannel(draft('full', 'cardPassword'), online, auths).persons.map((p) => [p.personId, p.credentials])).toEqual([
      ['a', ['card', 'password']],
      ['b', ['card', 'password']],
    ])
  })

  it('persons without a credential of the chosen kind are preflight problems, not silently dropped', () => {
    const p = previewChannel(draft('full', 'card'), online, auths)
    expect(p.problems.filter((x) => x.kind === 'noCredential').map((x) => (x.kind === 'noCredential' ? x.name : ''))).toEqual(['Cat', 'Dan'])
  })

  it('flags an offline device, a task still running, and a channel with nothing to send', () => {
    const p = previewChannel(draft('increment', 'card'), { ...online, online: false, runningTaskId: 't9' }, [auths[1] ?? auths[0]!])
    expect(p.online).toBe(false)
    expect(p.problems).toEqual([
      { kind: 'offline', channelId: 'ch1' },
      { kind: 'running', channelId: 'ch1', taskId: 't9' },
      { kind: 'nothingToSend', channelId: 'ch1' },
    ])
  })

  it('sums persons and problems over channels', () => {
    const channels = [online, { ...online, channelId: 'ch2', name: 'Exit', online: false }]
    const preview = buildPreview({ ...draft('increment', 'cardFace'), channelIds: ['ch1', 'ch2'] }, channels, (id) =>
      id === 'ch1' ? auths : auths.slice(0, 1),
    )
    expect(preview.channels.map((c) => c.persons.length)).toEqual([2, 1])
    expect(preview.personCount).toBe(3)
    expect(preview.problemCount).toBe(2)
  })
})

describe('retry plan', () => {
  const failedTask = (channelId: string | null, name: string, certificates: 'card' | 'cardFace' | null, n: number) => ({
    channelId,
    channelName: name,
    certificates,
    records: [...Array.from({ length: n }, (_, i) => record(`${name}${i}`, `${name} ${i}`, 'failed')), record(`${name}-ok`, 'ok', 'succeeded')],
  })

  it('exactly the channels with failures, each resent with its own policy, one send per policy', () => {
    const plan = retryPlan([
      failedTask('ch1', 'Entrance', 'card', 2),
      failedTask('ch2', 'Exit', 'cardFace', 1),
      failedTask('ch3', 'Lift', 'card', 1),
      failedTask('ch4', 'Clean', 'cardFace', 0),
    ])
    expect(plan.batches).toEqual([
      { certificates: 'card', channelIds: ['ch1', 'ch3'], channelNames: ['Entrance', 'Lift'], failedPersons: 3 },
      { certificates: 'cardFace', channelIds: ['ch2'], channelNames: ['Exit'], failedPersons: 1 },
    ])
    expect(plan.channelIds).toEqual(['ch1', 'ch3', 'ch2'])
    expect(plan.failedPersons).toBe(4)
    expect(plan.left).toEqual([])
  })

  it('a channel is sent once per policy even when several tasks of it failed', () => {
    const plan = retryPlan([failedTask('ch1', 'Entrance', 'card', 1), failedTask('ch1', 'Entrance', 'card', 2)])
    expect(plan.batches).toEqual([{ certificates: 'card', channelIds: ['ch1'], channelNames: ['Entrance'], failedPersons: 3 }])
  })

  it('never guesses: an unmatched channel or an unknown policy is named, not resent', () => {
    const plan = retryPlan([failedTask(null, 'Ghost', 'card', 1), failedTask('ch2', 'Exit', null, 1)])
    expect(plan.batches).toEqual([])
    expect(plan.left).toEqual(['Ghost', 'Exit'])
  })
})
