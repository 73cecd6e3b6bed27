import { appError, isAppError } from '@shared/errors'
import { describe, expect, it } from 'vitest'

describe('AppError', () => {
  it('derives the message key and retryability from the code', () => {
    expect(appError('network')).toEqual({ code: 'network', messageKey: 'errors.network', retryable: true })
    expect(appError('auth')).toEqual({ code: 'auth', messageKey: 'errors.auth', retryable: false })
    expect(appError('server', { retryable: false }).retryable).toBe(false)
  })

  it('keeps the vendor code and request id for support', () => {
    const e = appError('auth', { messageKey: 'errors.tuya.1004', vendor: { vendor: 'tuya', code: '1004', requestId: 'tid-1' } })
    expect(e.vendor).toEqual({ vendor: 'tuya', code: '1004', requestId: 'tid-1' })
    expect(isAppError(JSON.parse(JSON.stringify(e)))).toBe(true)
    expect(isAppError({ code: 'nope', messageKey: 'x', retryable: true })).toBe(false)
  })
})
