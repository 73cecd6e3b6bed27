import { describe, expect, it } from 'vitest'
import { isCancelledRedirect, refusedRedirect } from '../../../../src/main/clouds/redirect'

const REQUEST = 'https://api.ecloud.akubela.com/api/v1.0/invoke/open-ability/method/oauth2/token'
const answer = (status: number, location: string | null, type = 'basic') => ({ status, location, type })

describe('refusedRedirect', () => {
  it('refuses a redirect to another host, naming both origins', () => {
    expect(refusedRedirect(REQUEST, answer(307, 'https://evil.example:8443/collect?x=1'))).toEqual({
      from: 'https://api.ecloud.akubela.com',
      to: 'https://evil.example:8443',
    })
  })

  it('refuses a downgrade to plain http on the same host', () => {
    expect(refusedRedirect(REQUEST, answer(301, 'http://api.ecloud.akubela.com/api/v1.0/invoke'))).toEqual({
      from: 'https://api.ecloud.akubela.com',
      to: 'http://api.ecloud.akubela.com',
    })
  })

  it('refuses even a same-origin redirect, showing the path so both ends differ', () => {
    expect(refusedRedirect(REQUEST, answer(302, '/login?next=%2F'))).toEqual({
      from: 'https://api.ecloud.akubela.com',
      to: 'https://api.ecloud.akubela.com/login',
    })
  })

  it('refuses every 3xx but 304, with or without a readable Location', () => {
    for (const status of [300, 301, 302, 303, 305, 307, 308]) expect(refusedRedirect(REQUEST, answer(status, null))).toMatchObject({ to: null })
    expect(refusedRedirect(REQUEST, answer(302, 'http://[bad'))).toMatchObject({ to: null })
    expect(refusedRedirect(REQUEST, answer(304, null))).toBeNull()
    expect(refusedRedirect(REQUEST, answer(200, 'https://evil.example'))).toBeNull()
  })

  it('refuses an opaque redirect (status 0), where a fetch hides the target', () => {
    expect(refusedRedirect(REQUEST, answer(0, null, 'opaqueredirect'))).toEqual({ from: 'https://api.ecloud.akubela.com', to: null })
  })
})

describe('isCancelledRedirect', () => {
  it("recognises Electron net.fetch's failure for a redirect in manual mode", () => {
    expect(isCancelledRedirect(new Error('Redirect was cancelled'))).toBe(true)
    expect(isCancelledRedirect(new TypeError('fetch failed'))).toBe(false)
  })
})
