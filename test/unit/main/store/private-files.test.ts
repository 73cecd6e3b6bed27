import { chmodSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { type BootedCore, bootCore } from '../../../../src/main/core/bootstrap'
import { fileSink } from '../../../../src/main/log/file-sink'
import { createLogger } from '../../../../src/main/log/logger'
import { Redactor } from '../../../../src/main/log/redact'
import { headlessHost } from '../../../helpers/core'

const modeOf = (path: string): number => statSync(path).mode & 0o777
const booted: BootedCore[] = []

async function boot(dataDir: string): Promise<BootedCore> {
  const core = await bootCore(headlessHost(dataDir))
  booted.push(core)
  return core
}

afterEach(async () => {
  await Promise.all(booted.splice(0).map((c) => c.close()))
})

// Windows keeps files private with ACLs, not modes: nothing to read back there.
describe.skipIf(process.platform === 'win32')('private data files', () => {
  it('a fresh data folder is 0700; the database, its WAL files and the log are 0600', async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'fk-private-')), 'Fieldkey')
    const core = await boot(dataDir)
    // A write through the router: the settings row lands in the WAL.
    const result = await core.router.dispatch('app:setLanguage', { language: 'zh-CN' }, { origin: 'headless' })
    expect(result.ok).toBe(true)
    core.logger.info('a line in the log')
    expect(statSync(join(dataDir, 'fieldkey.db-wal')).size).toBeGreaterThan(0)
    expect(modeOf(dataDir)).toBe(0o700)
    expect(modeOf(core.logsDir)).toBe(0o700)
    for (const file of ['fieldkey.db', 'fieldkey.db-wal', 'fieldkey.db-shm', 'logs/main.log'])
      expect([file, modeOf(join(dataDir, file))]).toEqual([file, 0o600])
  })

  it('a data folder and files left open to others are tightened, and the log says so', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'fk-private-'))
    chmodSync(dataDir, 0o755)
    mkdirSync(join(dataDir, 'logs'), { mode: 0o755 })
    chmodSync(join(dataDir, 'logs'), 0o755)
    for (const file of ['logs/main.log', 'logs/main.old.log']) {
      writeFileSync(join(dataDir, file), '')
      chmodSync(join(dataDir, file), 0o644)
    }
    const first = await boot(dataDir)
    await first.close()
    booted.splice(0)
    // As an older Fieldkey left them after a crash: a database with its (empty) WAL files.
    for (const file of ['fieldkey.db-wal', 'fieldkey.db-shm']) writeFileSync(join(dataDir, file), '')
    for (const file of ['fieldkey.db', 'fieldkey.db-wal', 'fieldkey.db-shm']) chmodSync(join(dataDir, file), 0o644)
    chmodSync(dataDir, 0o755)

    await boot(dataDir)
    expect(modeOf(dataDir)).toBe(0o700)
    expect(modeOf(join(dataDir, 'logs'))).toBe(0o700)
    for (const file of ['fieldkey.db', 'fieldkey.db-wal', 'fieldkey.db-shm', 'logs/main.log', 'logs/main.old.log'])
      expect([file, modeOf(join(dataDir, file))]).toEqual([file, 0o600])
    const log = readFileSync(join(dataDir, 'logs/main.log'), 'utf8')
    expect(log).toMatch(/"message":"the data folder was open to other users: set to owner-only \(0700\)","previousMode":"755"/)
  })

  it('the log rotated to main.old.log and the new main.log are 0600', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'fk-private-')), 'logs')
    const sink = fileSink(dir, 300)
    const logger = createLogger(sink, new Redactor())
    for (let i = 0; i < 10; i++) logger.info(`entry ${i}`, { padding: 'x'.repeat(40) })
    expect(modeOf(dir)).toBe(0o700)
    for (const name of ['main.log', 'main.old.log']) expect([name, modeOf(join(dir, name))]).toEqual([name, 0o600])
  })
})
