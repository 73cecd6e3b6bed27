import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import log from 'electron-log/node'
import { describe, expect, it } from 'vitest'
import { electronLogSink } from '../../../../src/main/electron/log-sink'
import { createLogger } from '../../../../src/main/log/logger'
import { REDACTED, Redactor } from '../../../../src/main/log/redact'

const lines = (path: string) =>
  readFileSync(path, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>)

describe('the electron-log file sink', () => {
  it('writes redacted JSON lines to logs/main.log', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fk-elog-'))
    const redactor = new Redactor()
    redactor.add('tok-123456789')
    const sink = electronLogSink(log.create({ logId: 'sink-redaction' }), dir)
    const logger = createLogger(sink, redactor, { level: 'debug', scope: 'fieldkey' })
    logger.child('http').info('POST /token answered with tok-123456789', { correlationId: 'c-1', durationMs: 12, access_token: 'abc' })
    expect(sink.path).toBe(join(dir, 'main.log'))
    const [entry] = lines(sink.path)
    expect(entry).toMatchObject({
      level: 'info',
      scope: 'fieldkey.http',
      message: `POST /token answered with ${REDACTED}`,
      correlationId: 'c-1',
      durationMs: 12,
      access_token: REDACTED,
    })
    expect(readFileSync(sink.path, 'utf8')).not.toContain('tok-123456789')
  })

  it('rotates main.log to main.old.log when it grows past its limit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fk-elog-'))
    const instance = log.create({ logId: 'sink-rotation' })
    const sink = electronLogSink(instance, dir)
    instance.transports.file.maxSize = 300
    const logger = createLogger(sink, new Redactor(), { scope: 'fieldkey' })
    for (let i = 0; i < 10; i++) logger.info(`entry ${i}`, { padding: 'x'.repeat(40) })
    expect(existsSync(join(dir, 'main.old.log'))).toBe(true)
    expect(lines(sink.path).at(-1)).toMatchObject({ message: 'entry 9' })
    if (process.platform !== 'win32') {
      for (const name of ['main.log', 'main.old.log']) expect(statSync(join(dir, name)).mode & 0o777).toBe(0o600)
      expect(statSync(dir).mode & 0o777).toBe(0o700)
    }
  })
})
