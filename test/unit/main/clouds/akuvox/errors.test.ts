import { describe, expect, it } from 'vitest'
import { classifyVendorFailure, isTokenFailure, readVendorFailure } from '../../../../../src/main/clouds/akuvox/errors'

describe('readVendorFailure', () => {
  it.each([
    [
      { success: false, result: { code: 'not_found', message: 'gone' } },
      { code: 'not_found', message: 'gone' },
    ],
    [
      { success: false, result: { error_code: 40001, msg: 'bad' } },
      { code: '40001', message: 'bad' },
    ],
    [
      { success: false, code: 'E1', message: 'top level' },
      { code: 'E1', message: 'top level' },
    ],
    [
      { error: 'invalid_grant', error_description: 'password wrong' },
      { code: 'invalid_grant', message: 'password wrong' },
    ],
    [{ success: false, msg: 'only a message' }, { message: 'only a message' }],
    [{ success: false, result: null }, {}],
    ['not an object', {}],
    [undefined, {}],
  ])('reads %j leniently', (body, expected) => {
    expect(readVendorFailure(body)).toEqual(expected)
  })
})

describe('classifyVendorFailure', () => {
  it.each([
    [{ code: 'not_found', message: 'access group a1 not found' }, 'not_found'],
    [{ code: '1004', message: 'Project does not exist' }, 'not_found'],
    [{ code: 'invalid_param', message: 'param.page_size must be at most 500' }, 'invalid_input'],
    [{ code: 'unknown_command', message: 'unknown command x' }, 'invalid_input'],
    [{ code: 'not_allowed', message: 'system group' }, 'forbidden'],
    [{ message: 'Permission denied' }, 'forbidden'],
    [{ code: 'token_expired', message: 'access token expired' }, 'auth'],
    [{ message: 'Too many requests' }, 'rate_limited'],
    [{ message: 'Name already exists' }, 'conflict'],
    [{ code: 'E500', message: 'internal error' }, 'server'],
    [{}, 'server'],
  ] as const)('%j → %s', (failure, code) => {
    expect(classifyVendorFailure(failure)).toBe(code)
  })

  it('recognises token failures that come back with HTTP 200', () => {
    expect(isTokenFailure({ code: '401', message: 'Unauthorized' })).toBe(true)
    expect(isTokenFailure({ message: 'invalid access_token' })).toBe(true)
    expect(isTokenFailure({ code: 'not_found', message: 'staff access s1 not found' })).toBe(false)
  })
})
