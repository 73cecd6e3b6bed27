import { describe, expect, it } from 'vitest'
import { renameKeys, toCamel, toSnake } from '../src/tuya/casing'

// One item of seed 004's `POST /access-auth` answer sample (snake_case), and the names its table documents.
const SEED_004_ITEM = { access_auth_id: '1567699430642122***', access_control_channel_no: 1, card_issue_status: 1, mobile_country: '+86' }
const DOCUMENTED = { accessAuthId: '1567699430642122***', accessControlChannelNo: 1, cardIssueStatus: 1, mobileCountry: '+86' }

describe('Tuya key casing (the sandbox accepts either, answers snake_case)', () => {
  it('turns the seed sample into the documented names and back', () => {
    expect(renameKeys(SEED_004_ITEM, toCamel)).toEqual(DOCUMENTED)
    expect(renameKeys(DOCUMENTED, toSnake)).toEqual(SEED_004_ITEM)
  })

  it('leaves a name already in the target casing as it is', () => {
    expect(toCamel('projectId')).toBe('projectId')
    expect(toSnake('project_id')).toBe('project_id')
  })

  it('renames keys inside arrays and nested objects, never values', () => {
    const page = { has_more: false, list: [{ person_id: 'p_1', extra: { room_name: 'room_no' } }] }
    expect(renameKeys(page, toCamel)).toEqual({ hasMore: false, list: [{ personId: 'p_1', extra: { roomName: 'room_no' } }] })
    expect(renameKeys(null, toCamel)).toBeNull()
    expect(renameKeys(['a_b'], toCamel)).toEqual(['a_b'])
  })
})
