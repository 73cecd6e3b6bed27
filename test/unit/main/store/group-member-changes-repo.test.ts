import { describe, expect, it } from 'vitest'
import { GroupMemberChangesRepo, type MemberChangeInput } from '../../../../src/main/store/group-member-changes-repo'
import { SettingsRepo } from '../../../../src/main/store/settings-repo'
import { installIdentity } from '../../../../src/main/services/install-identity'
import { storeWithConnection } from '../../../helpers/store'

const scope = { connectionId: 'c1', projectId: 'p1' }
const here = { installId: 'i-here', machineName: 'laptop-a' }
const ana = { accountId: 'a1', name: 'Ana Li', buildingName: 'Tower A', residenceNo: '101' }
const bo = { accountId: 'a2', name: 'Bo Ng', buildingName: 'Tower B', residenceNo: '202' }
const cy = { accountId: 'a3', name: 'Cy Wu', buildingName: 'Tower A', residenceNo: '103' }

function change(over: Partial<MemberChangeInput>): MemberChangeInput {
  return { accessGroupId: 'g1', residents: [ana], change: 'added', at: 1000, by: here, queuedOutboxId: null, ...over }
}

const all = { offset: 0, limit: 100 }

describe('group member changes', () => {
  it('a resident is a member while their last change is an add, with who added them and when', () => {
    const repo = new GroupMemberChangesRepo(storeWithConnection('fk-members-'))
    repo.record(scope, change({ residents: [ana, bo], at: 1000 }))
    repo.record(scope, change({ residents: [ana], change: 'removed', at: 2000 }))
    repo.record(scope, change({ residents: [cy], at: 3000, by: { installId: 'i-other', machineName: 'laptop-b' } }))
    // Another group and another project hold nothing of this group's.
    repo.record(scope, change({ accessGroupId: 'g2', residents: [ana] }))
    repo.record({ ...scope, projectId: 'p2' }, change({ residents: [ana] }))
    const page = repo.members(scope, 'g1', all)
    expect(page.total).toBe(2)
    expect(page.items).toEqual([
      { ...bo, addedAt: 1000, installId: 'i-here', machineName: 'laptop-a', queued: false },
      { ...cy, addedAt: 3000, installId: 'i-other', machineName: 'laptop-b', queued: false },
    ])
    // Added again after a removal: a member again, since the new add.
    repo.record(scope, change({ residents: [ana], at: 4000 }))
    expect(repo.members(scope, 'g1', all).items.map((m) => [m.accountId, m.addedAt])).toEqual([
      ['a2', 1000],
      ['a3', 3000],
      ['a1', 4000],
    ])
  })

  it('pages, and answers for given residents only', () => {
    const repo = new GroupMemberChangesRepo(storeWithConnection('fk-members-'))
    repo.record(scope, change({ residents: [ana, bo, cy] }))
    expect(repo.members(scope, 'g1', { offset: 1, limit: 1 })).toMatchObject({ total: 3, offset: 1, items: [{ accountId: 'a2' }] })
    const some = repo.members(scope, 'g1', { offset: 0, limit: 10, accountIds: ['a3', 'a1', 'nobody'] })
    expect(some.total).toBe(2)
    expect(some.items.map((m) => m.accountId)).toEqual(['a1', 'a3'])
  })

  it('a change queued in the outbox is marked until it lands, and forgotten when discarded', () => {
    const repo = new GroupMemberChangesRepo(storeWithConnection('fk-members-'))
    repo.record(scope, change({ residents: [ana], queuedOutboxId: 7 }))
    repo.record(scope, change({ residents: [bo], queuedOutboxId: 8 }))
    expect(repo.members(scope, 'g1', all).items.map((m) => m.queued)).toEqual([true, true])
    expect(repo.members(scope, 'g1', all).waiting).toBe(2)
    repo.landed(7)
    repo.discarded(8)
    expect(repo.members(scope, 'g1', all).items.map((m) => [m.accountId, m.queued])).toEqual([['a1', false]])
    // A removal that is discarded leaves the member as they were.
    repo.record(scope, change({ residents: [ana], change: 'removed', queuedOutboxId: 9 }))
    expect(repo.members(scope, 'g1', all).total).toBe(0)
    repo.discarded(9)
    expect(repo.members(scope, 'g1', all).items.map((m) => m.accountId)).toEqual(['a1'])
  })
})

describe('install identity', () => {
  it('is made once and kept: the same id and machine name every time after', () => {
    const settings = new SettingsRepo(storeWithConnection('fk-identity-'))
    const first = installIdentity(settings, () => ' site-laptop ')
    expect(first.machineName).toBe('site-laptop')
    expect(first.installId).toMatch(/^[0-9a-f-]{36}$/)
    expect(installIdentity(settings, () => 'renamed')).toEqual(first)
  })

  it('a damaged setting is replaced by a new identity', () => {
    const settings = new SettingsRepo(storeWithConnection('fk-identity-'))
    settings.set('install.identity', '{not json')
    expect(installIdentity(settings, () => 'm').machineName).toBe('m')
    expect(JSON.parse(settings.get('install.identity') ?? '{}')).toMatchObject({ machineName: 'm' })
  })
})
