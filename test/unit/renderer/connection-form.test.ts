import { FIELD_LIMITS } from '@shared/field-limits'
import type { ConnectionSummary } from '@shared/domain/connection'
import { describe, expect, it } from 'vitest'
import { CUSTOM, initialValues, isAcceptableUrl, toAddInput, toEditInput, validate } from '../../../src/renderer/src/features/connections/connection-form'

const existing: ConnectionSummary = {
  id: '6f1c1d34-2a0b-4e56-9a1e-2b3c4d5e6f70',
  vendor: 'akuvox',
  label: 'Harbour View',
  server: { kind: 'region', region: 'eu' },
  baseUrl: 'https://api.ecloud.akubela.com',
  defaultProjectId: null,
  isDemo: false,
  createdAt: 1,
  lastUsedAt: null,
  hasCredentials: true,
  state: { kind: 'signedIn', at: 2 },
  account: { vendor: 'akuvox', clientId: 'c-123', username: 'installer@example.com' },
}

describe('the connection form', () => {
  it('asks for every credential when adding, but not for saved secrets when editing', () => {
    const empty = initialValues('akuvox')
    expect(Object.keys(validate(empty, 'akuvox', false)).sort()).toEqual(['clientId', 'clientSecret', 'label', 'password', 'username'])
    expect(Object.keys(validate(initialValues('akuvox', existing), 'akuvox', true))).toEqual([])
    expect(Object.keys(validate(initialValues('tuya'), 'tuya', false)).sort()).toEqual(['accessId', 'accessSecret', 'label', 'projectId'])
  })

  it('holds each field to the limit main holds it to: names trimmed, secrets as typed', () => {
    const full = { ...initialValues('akuvox'), clientId: 'c', clientSecret: 's', username: 'u', password: 'p' }
    expect(validate({ ...full, label: `  ${'n'.repeat(FIELD_LIMITS.connectionName)}  ` }, 'akuvox', false)).toEqual({})
    expect(validate({ ...full, label: 'n'.repeat(5000) }, 'akuvox', false)).toEqual({ label: 'tooLong' })
    expect(validate({ ...full, label: 'Site', password: 'p'.repeat(FIELD_LIMITS.secret + 1) }, 'akuvox', false)).toEqual({ password: 'tooLong' })
  })

  it('accepts https addresses, and plain http only on this computer', () => {
    expect(isAcceptableUrl('https://api.example.com')).toBe(true)
    expect(isAcceptableUrl('http://127.0.0.1:5000')).toBe(true)
    expect(isAcceptableUrl('http://api.example.com')).toBe(false)
    expect(isAcceptableUrl('api.example.com')).toBe(false)
    expect(validate({ ...initialValues('tuya'), region: CUSTOM, baseUrl: 'http://x.com' }, 'tuya', false).baseUrl).toBe('urlInvalid')
  })

  it('trims names and ids but never secrets', () => {
    const input = toAddInput('akuvox', {
      ...initialValues('akuvox'),
      label: ' Site ',
      clientId: ' c1 ',
      clientSecret: ' s p ',
      username: ' u ',
      password: 'pw ',
    })
    expect(input).toEqual({
      vendor: 'akuvox',
      label: 'Site',
      server: { kind: 'region', region: 'eu' },
      credentials: { clientId: 'c1', clientSecret: ' s p ', username: 'u', password: 'pw ' },
    })
  })

  it('sends only what changed when editing; an empty secret keeps the saved one', () => {
    const unchanged = initialValues('akuvox', existing)
    expect(toEditInput(existing, unchanged)).toEqual({ id: existing.id })
    expect(toEditInput(existing, { ...unchanged, label: 'New' })).toEqual({ id: existing.id, label: 'New' })
    expect(toEditInput(existing, { ...unchanged, password: 'new-pw' })).toEqual({ id: existing.id, credentials: { vendor: 'akuvox', password: 'new-pw' } })
    expect(toEditInput(existing, { ...unchanged, region: CUSTOM, baseUrl: 'https://eu.example.com' })).toEqual({
      id: existing.id,
      server: { kind: 'custom', baseUrl: 'https://eu.example.com' },
    })
  })
})
