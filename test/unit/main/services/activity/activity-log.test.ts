import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ActivityEntry } from '../../../../../src/shared/domain/activity'
import { type Logger, silentLogger } from '../../../../../src/main/log/logger'
import { ActivityLog, type ActivityLogDeps, nameInSnapshot } from '../../../../../src/main/services/activity/activity-log'
import { openStore } from '../../../../../src/main/store/open-store'

function logOn(over: Partial<ActivityLogDeps> = {}) {
  const { db } = openStore(join(mkdtempSync(join(tmpdir(), 'fk-activity-log-')), 'fieldkey.db'))
  const announced: ActivityEntry[] = []
  const log = new ActivityLog({
    db,
    now: () => 42,
    logger: silentLogger,
    installer: () => 'Li Wei',
    installId: () => 'install-1',
    connectionLabel: () => 'Harbour Court',
    projectName: () => 'Tower A',
    onChange: (entry) => announced.push(entry),
    ...over,
  })
  return { db, log, announced }
}

describe('ActivityLog', () => {
  it('names a change known only by ids from what the installer saw of its target', () => {
    const { log, announced } = logOn()
    log.record({
      connectionId: 'c',
      projectId: 'p',
      operation: { kind: 'akuvox.accessGroup.delete', projectId: 'p', accessGroupId: 'AG-77' },
      result: 'done',
      targetName: 'Lobby',
    })
    expect(announced).toMatchObject([
      { at: 42, installer: 'Li Wei', installId: 'install-1', operation: { target: 'Lobby', params: { name: 'Lobby' } }, result: 'done' },
    ])
    expect(JSON.stringify(announced)).not.toContain('AG-77')
  })

  it('keeps the reason and the request id of a refusal', () => {
    const { log } = logOn()
    log.record({
      connectionId: 'c',
      projectId: 'p',
      operation: { kind: 'tuya.person.disable', personIds: ['a', 'b'] },
      result: 'failed',
      error: { code: 'forbidden', messageKey: 'errors.tuya.1106', retryable: false, vendor: { vendor: 'tuya', code: '1106', requestId: 'req-9' } },
    })
    expect(log.page({ offset: 0, limit: 5 }).items[0]).toMatchObject({
      operation: { params: { count: 2 } },
      reason: { code: 'forbidden', messageKey: 'errors.tuya.1106' },
      requestId: 'req-9',
    })
  })

  it('never fails the change it records: a write that fails is logged as a warning', () => {
    const warnings: string[] = []
    const logger: Logger = { ...silentLogger, warn: (message) => void warnings.push(message) }
    const { db, log, announced } = logOn({ logger })
    db.close()
    expect(() => log.record({ connectionId: 'c', projectId: 'p', operation: { kind: 'tuya.person.disable', personIds: ['a'] }, result: 'done' })).not.toThrow()
    expect(warnings).toEqual(['activity log write failed'])
    expect(announced).toEqual([])
  })

  it('names a batch by its first few targets', () => {
    const staff = ['Zhang San', 'Li Si', 'Wang Wu', 'Zhao Liu', 'Sun Qi', 'Zhou Ba'].map((staffAccessName) => ({ staffAccessName }))
    expect(nameInSnapshot(staff.slice(0, 2))).toBe('Zhang San, Li Si')
    expect(nameInSnapshot(staff)).toBe('Zhang San, Li Si, Wang Wu, Zhao Liu, Sun Qi, …')
    expect(nameInSnapshot([null, { id: 'x' }])).toBeNull()
  })
})
