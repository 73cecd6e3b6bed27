import { appError } from '@shared/errors'
import { INVOKE_CHANNELS } from '@shared/ipc'
import i18next, { type TFunction } from 'i18next'
import { beforeAll, describe, expect, it } from 'vitest'
import { type Handlers, createRouter } from '../../../../src/main/ipc/router'
import { createLogger, memorySink } from '../../../../src/main/log/logger'
import { Redactor } from '../../../../src/main/log/redact'
import { resources } from '../../../../src/renderer/src/i18n/resources'
import { errorMessage } from '../../../../src/renderer/src/lib/error-message'
import { type FieldPlaces, placeError } from '../../../../src/renderer/src/lib/place-error'

const router = createRouter(Object.fromEntries(INVOKE_CHANNELS.map((c) => [c, () => null])) as unknown as Handlers, createLogger(memorySink(), new Redactor()))
const scope = { connectionId: '6f1c1d34-2a0b-4e56-9a1e-2b3c4d5e6f70', projectId: 'p1' }

async function refusal(channel: string, input: unknown) {
  const result = await router.dispatch(channel, input, { origin: 'headless' })
  if (result.ok) throw new Error('expected a refusal')
  return result.error
}

const longName = {
  vendor: 'akuvox',
  label: 'x'.repeat(5000),
  server: { kind: 'region', region: 'eu' },
  credentials: { clientId: 'c', clientSecret: 's', username: 'u', password: 'p' },
}

type StaffField = 'name' | 'pins' | 'cards'
const STAFF_PLACES: FieldPlaces<StaffField> = {
  'draft.name': { field: 'name', label: 'people.staff.name' },
  'draft.pinCodes': { field: 'pins', label: 'people.staff.pinCodes' },
}

describe('refusals in the installer’s words', () => {
  let en: TFunction
  let zh: TFunction
  beforeAll(async () => {
    const i18n = i18next.createInstance()
    await i18n.init({ resources, lng: 'en', fallbackLng: 'en', interpolation: { escapeValue: false } })
    en = i18n.getFixedT('en')
    zh = i18n.getFixedT('zh-CN')
  })

  it('names the field with the form’s label and says the rule, in both languages', async () => {
    const error = await refusal('connections:add', longName)
    expect(errorMessage(en, error)).toBe('Name: at most 80 characters. Correct it and try again.')
    expect(errorMessage(zh, error)).toBe('名称：最多 80 个字符。请修改后重试。')
    expect(errorMessage(en, error)).not.toMatch(/label|Too big|connections:add/)
  })

  it('a form shows each issue next to its own field, and keeps only the rest for the alert', async () => {
    const error = await refusal('staff:create', {
      ...scope,
      draft: { name: 'y'.repeat(65), pinCodes: ['1'], rfCards: [], faceUrls: [], accessGroupIds: [], floorAccesses: [] },
    })
    const placed = placeError(en, error, STAFF_PLACES)
    expect(placed.inline).toEqual({ name: 'Name: at most 64 characters', pins: 'PIN codes: not in the expected form; check what you typed' })
    expect(placed.alert?.issues).toEqual([{ path: ['draft', 'accessGroupIds'], kind: 'tooFew', limit: 1 }])
    expect(errorMessage(en, placed.alert!)).toBe('Access groups: choose at least 1. Correct it and try again.')
  })

  it('a search over its limit reads as the search, never as a key', async () => {
    const error = await refusal('staff:page', { ...scope, search: 'z'.repeat(10_000) })
    expect(errorMessage(en, error)).toBe('Search: at most 100 characters. Correct it and try again.')
  })

  it('an unknown field is "one of the values", never its key', () => {
    const error = appError('invalid_input', { issues: [{ path: ['draft', 'zzInternalKey'], kind: 'invalid' }] })
    expect(errorMessage(en, error)).toBe('One of the values: not accepted; check what you entered. Correct it and try again.')
  })

  it('an error that names a field without issues goes to that field; any other to the alert', () => {
    const places: FieldPlaces<'region'> = { 'server.region': { field: 'region', label: 'connection.region' } }
    const named = appError('invalid_input', { messageKey: 'errors.connections.unknownRegion', params: { field: 'server.region' } })
    expect(placeError(en, named, places)).toEqual({ inline: { region: 'Choose a region from the list.' }, alert: null })
    const other = appError('network')
    expect(placeError(en, other, places)).toEqual({ inline: {}, alert: other })
  })

  it('a refusal the cloud traced to an input field goes to that field, list positions and all; elsewhere to the alert', () => {
    const places: FieldPlaces<'floors' | 'name'> = {
      'draft.floorAccesses': { field: 'floors', label: 'people.staff.floors' },
      'draft.name': { field: 'name', label: 'people.staff.name' },
    }
    const floors = appError('invalid_input', { field: ['draft', 'floorAccesses', 1, 'floors'] })
    expect(placeError(en, floors, places)).toEqual({ inline: { floors: expect.any(String) }, alert: null })
    expect(placeError(en, floors, { 'draft.name': places['draft.name']! })).toEqual({ inline: {}, alert: floors })
    expect(placeError(en, null, places)).toEqual({ inline: {}, alert: null })
  })
})
