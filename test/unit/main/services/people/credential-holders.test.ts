import { describe, expect, it } from 'vitest'
import type { OutboxEntry, OutboxOperation } from '../../../../../src/shared/domain/outbox'
import { credentialHolders } from '../../../../../src/main/services/people/credential-holders'

const entry = (id: number, operation: OutboxOperation): OutboxEntry => ({
  id,
  connectionId: 'c1',
  projectId: 'p1',
  operation,
  targetIds: [],
  base: null,
  createdAt: id,
  intentKey: `intent-${id}`,
  state: 'pending',
  attempts: 0,
  lastAttemptAt: null,
  lastError: null,
  conflict: null,
})
const input = (name: string, pinCodes: string[], rfCards: string[]) => ({ projectId: 'p1', staffAccessName: name, pinCodes, rfCards, accessGroupIds: ['g1'] })

describe('who holds which credential: the cache with the outbox laid over it', () => {
  const cached = [
    { staffAccessId: 's1', name: 'Ana Costa', pinCodes: ['1111'], rfCards: ['AAAA0001'] },
    { staffAccessId: 's2', name: 'Tom Berg', pinCodes: ['2222'], rfCards: [] },
  ]
  const book = credentialHolders(cached, [
    entry(1, { kind: 'akuvox.staff.create', input: input('Offline Eva', ['3333'], ['CCCC0003']) }),
    entry(2, { kind: 'akuvox.staff.update', input: { ...input('Ana Costa', ['4444'], []), staffAccessId: 's1' } }),
    entry(3, { kind: 'akuvox.staff.delete', projectId: 'p1', staffAccessIds: ['s2'] }),
  ])
  const holderOf = (pinCodes: string[], rfCards: string[] = []) => book.duplicates({ pinCodes, rfCards }, null).map((d) => d.holder)

  it('a queued create holds its credentials: a second offline save of the same card is caught', () => {
    expect(holderOf(['3333'], ['CCCC0003'])).toEqual(['Offline Eva', 'Offline Eva'])
  })

  it('a queued edit replaces what the cache says, and a queued delete frees what the staff held', () => {
    expect(holderOf(['4444'])).toEqual(['Ana Costa'])
    expect(holderOf(['1111'], ['AAAA0001'])).toEqual([])
    expect(holderOf(['2222'])).toEqual([])
  })
})
