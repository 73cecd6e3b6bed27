import { describe, expect, it } from 'vitest'
import { createLogger, memorySink } from '../../../../src/main/log/logger'
import { REDACTED, Redactor } from '../../../../src/main/log/redact'

describe('redaction', () => {
  it('masks secret fields by name at any depth', () => {
    const r = new Redactor()
    const out = r.value({ client_id: 'abc', client_secret: 's3cr3t', nested: [{ access_token: 'tok', password: 'pw' }], sign: 'ABCDEF' })
    expect(out).toEqual({ client_id: 'abc', client_secret: REDACTED, nested: [{ access_token: REDACTED, password: REDACTED }], sign: REDACTED })
  })

  it('masks registered values and bearer tokens inside any text', () => {
    const r = new Redactor()
    r.add('a8d3f0c2e1b4')
    expect(r.text('GET /x?token=a8d3f0c2e1b4 failed')).not.toContain('a8d3f0c2e1b4')
    expect(r.text('Authorization: Bearer abc.def-ghi')).toBe(`Authorization: Bearer ${REDACTED}`)
    expect(r.text('grant_type=password&password=hunter2&x=1')).toBe(`grant_type=password&password=${REDACTED}&x=1`)
  })

  it('never lets a registered secret reach the log sink', () => {
    const sink = memorySink()
    const redactor = new Redactor()
    redactor.add('super-secret-token-value')
    const logger = createLogger(sink, redactor).child('cloud')
    logger.info('token super-secret-token-value minted', { url: 'https://x/?t=super-secret-token-value', refresh_token: 'zzz' })
    expect(sink.lines.join('\n')).not.toContain('super-secret-token-value')
    expect(sink.lines.join('\n')).not.toContain('zzz')
  })
})
