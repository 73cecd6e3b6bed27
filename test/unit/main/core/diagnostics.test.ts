import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AppInfo } from '@shared/domain/app-info'
import { describe, expect, it } from 'vitest'
import { databaseBytes, diagnosticsText, formatBytes } from '../../../../src/main/core/diagnostics'
import { REDACTED, Redactor } from '../../../../src/main/log/redact'

const info: AppInfo = {
  name: 'Fieldkey',
  version: '0.1.0',
  runtime: 'electron',
  platform: 'linux',
  arch: 'x64',
  dataDir: '/home/installer/.config/Fieldkey',
  keychain: { backend: 'memory', cause: 'no-secret-service', reason: 'Secret Service refused Bearer eyJhbGciOi.secret' },
  database: { path: '/home/installer/.config/Fieldkey/fieldkey.db', quarantined: null },
  versions: { node: '24.21.0', electron: '45.4.1', chrome: '144.0.0.0' },
}

describe('Help → Copy diagnostics', () => {
  it('lists versions, platform, keychain backend, database size and outbox count', () => {
    const redactor = new Redactor()
    const text = diagnosticsText(
      { info, osRelease: '6.1.0', databaseBytes: 3 * 1024 * 1024, outboxCount: 2, updates: 'off (development)', at: new Date('2026-11-23T10:00:00Z') },
      (t) => redactor.text(t),
    )
    expect(text).toBe(
      [
        'Fieldkey 0.1.0 (desktop app)',
        'Platform: linux x64, OS release 6.1.0',
        'Electron 45.4.1, Chrome 144.0.0.0, Node 24.21.0',
        `Keychain: memory only (Secret Service refused Bearer ${REDACTED})`,
        'Database: 3.0 MB',
        'Outbox: 2 unsent changes',
        'Updates: off (development)',
        'Collected: 2026-11-23T10:00:00.000Z',
      ].join('\n'),
    )
  })

  it('counts the database with its WAL', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fk-diag-'))
    writeFileSync(join(dir, 'fieldkey.db'), Buffer.alloc(4096))
    writeFileSync(join(dir, 'fieldkey.db-wal'), Buffer.alloc(1000))
    expect(databaseBytes(join(dir, 'fieldkey.db'))).toBe(5096)
    expect(databaseBytes(join(dir, 'missing.db'))).toBe(0)
    expect(formatBytes(5096)).toBe('5.0 KB')
    expect(formatBytes(12)).toBe('12 B')
  })
})
