import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ConnectionsRepo } from '../../../../src/main/store/connections-repo'
import { DoorChecksRepo } from '../../../../src/main/store/door-checks-repo'
import { openStore } from '../../../../src/main/store/open-store'
import { insertConnectionC1, storeWithConnection } from '../../../helpers/store'

const scope = { connectionId: 'c1', projectId: 'p1' }

describe('door checks', () => {
  it('keep the latest test of each door, per project, and forget a cleared one', () => {
    const repo = new DoorChecksRepo(storeWithConnection('fk-door-checks-'))
    repo.save(scope, 'relay/d1/1', { result: 'passed', method: 'card', note: '', testedAt: 1_000 })
    repo.save(scope, 'relay/d1/1', { result: 'fault', method: 'pin', note: 'strike does not release', testedAt: 2_000 })
    repo.save(scope, 'security/d1/1', { result: 'passed', method: 'button', note: '', testedAt: 3_000 })
    repo.save({ ...scope, projectId: 'p2' }, 'relay/d1/1', { result: 'passed', method: 'face', note: '', testedAt: 4_000 })
    expect(repo.get(scope, 'relay/d1/1')).toEqual({ result: 'fault', method: 'pin', note: 'strike does not release', testedAt: 2_000 })
    expect([...repo.all(scope).keys()].sort()).toEqual(['relay/d1/1', 'security/d1/1'])
    repo.clear(scope, 'relay/d1/1')
    expect(repo.get(scope, 'relay/d1/1')).toBeNull()
    expect(repo.get({ ...scope, projectId: 'p2' }, 'relay/d1/1')?.method).toBe('face')
  })

  it('survive closing the database, and go with their connection', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'fk-door-checks-')), 'fieldkey.db')
    const first = openStore(file).db
    insertConnectionC1(first)
    new DoorChecksRepo(first).save(scope, 'channel/7', { result: 'fault', method: 'app', note: 'no click', testedAt: 5_000 })
    first.close()
    const again = openStore(file).db
    expect(new DoorChecksRepo(again).get(scope, 'channel/7')).toEqual({ result: 'fault', method: 'app', note: 'no click', testedAt: 5_000 })
    new ConnectionsRepo(again).delete('c1')
    expect(new DoorChecksRepo(again).all(scope).size).toBe(0)
  })

  it('refuse a result other than passed or fault', () => {
    const db = storeWithConnection('fk-door-checks-')
    expect(() => db.run("INSERT INTO door_checks VALUES ('c1', 'p1', 'relay/d/r', 'untested', 'card', '', 1)")).toThrow()
  })
})
