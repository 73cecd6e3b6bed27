import { INVOKE_CHANNELS } from '@shared/ipc'
import { FIELD_LIMITS } from '@shared/field-limits'
import { MAX_INPUT_ISSUES } from '@shared/input-issues'
import { describe, expect, it } from 'vitest'
import { type Handlers, createRouter } from '../../../../src/main/ipc/router'
import { createLogger, memorySink } from '../../../../src/main/log/logger'
import { Redactor } from '../../../../src/main/log/redact'

const never = (): never => {
  throw new Error('the handler must not run for refused input')
}
const router = createRouter(Object.fromEntries(INVOKE_CHANNELS.map((c) => [c, never])) as unknown as Handlers, createLogger(memorySink(), new Redactor()))
const context = { origin: 'headless' } as const
const scope = { connectionId: '6f1c1d34-2a0b-4e56-9a1e-2b3c4d5e6f70', projectId: 'p1' }

async function refusal(channel: string, input: unknown) {
  const result = await router.dispatch(channel, input, context)
  if (result.ok) throw new Error('expected a refusal')
  return result.error
}

describe('a refused input comes back as issues, not a sentence', () => {
  it('a 5,000-character connection name: the path, "too long" and the limit', async () => {
    const error = await refusal('connections:add', {
      vendor: 'akuvox',
      label: 'x'.repeat(5000),
      server: { kind: 'region', region: 'eu' },
      credentials: { clientId: 'c', clientSecret: 's', username: 'u', password: 'p' },
    })
    expect(error).toMatchObject({
      code: 'invalid_input',
      params: { field: 'label' },
      issues: [{ path: ['label'], kind: 'tooLong', limit: FIELD_LIMITS.connectionName }],
    })
    expect(error.detail).not.toMatch(/Too big|expected/)
  })

  it('a 10,000-character device search names the search and its limit', async () => {
    const error = await refusal('devices:list', { ...scope, search: 'é'.repeat(10_000) })
    expect(error.issues).toEqual([{ path: ['search'], kind: 'tooLong', limit: FIELD_LIMITS.search }])
  })

  it('says which rule each field broke: empty, list size, format, number bound, wrong type', async () => {
    const error = await refusal('staff:create', {
      ...scope,
      draft: { name: '  ', pinCodes: ['12ab'], rfCards: Array(FIELD_LIMITS.cardsPerStaff + 1).fill('A1'), faceUrls: [], accessGroupIds: [], floorAccesses: 3 },
    })
    expect(error.issues).toEqual([
      { path: ['draft', 'name'], kind: 'required' },
      { path: ['draft', 'pinCodes', 0], kind: 'format' },
      { path: ['draft', 'rfCards'], kind: 'tooMany', limit: FIELD_LIMITS.cardsPerStaff },
      { path: ['draft', 'accessGroupIds'], kind: 'tooFew', limit: 1 },
      { path: ['draft', 'floorAccesses'], kind: 'invalid' },
    ])
    expect((await refusal('devices:list', { ...scope, limit: 501 })).issues).toEqual([{ path: ['limit'], kind: 'tooLarge', limit: 500 }])
    expect((await refusal('devices:list', { connectionId: scope.connectionId })).issues).toEqual([{ path: ['projectId'], kind: 'required' }])
  })

  it('an e-mail that is not one reads as a format problem of the e-mail, not of the union behind it', async () => {
    const draft = {
      name: 'Ann',
      structureId: 's1',
      enabled: true,
      sex: 'female',
      mobileCountry: '',
      mobile: '',
      email: 'not-mail',
      certType: '',
      certNo: '',
      personCode: '',
    }
    expect((await refusal('persons:add', { ...scope, draft })).issues).toEqual([{ path: ['draft', 'email'], kind: 'format' }])
  })

  it('never grows with the input: at most a few issues, short paths', async () => {
    const hostile = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`${'k'.repeat(1000)}${i}`, 1]))
    const error = await refusal('devices:list', { ...scope, ...hostile })
    expect(error.issues?.length).toBeLessThanOrEqual(MAX_INPUT_ISSUES)
    expect(JSON.stringify(error).length).toBeLessThan(4000)
  })
})
