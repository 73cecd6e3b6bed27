import { describe, expect, it } from 'vitest'
import { AKUVOX_REGIONS, akuvoxBaseUrl } from '../../../../../src/main/clouds/akuvox/regions'
import { AppErrorException } from '../../../../../src/shared/errors'

describe('akuvoxBaseUrl', () => {
  it('gives every preset as an https URL', () => {
    for (const region of AKUVOX_REGIONS) expect(akuvoxBaseUrl({ region: region.id })).toMatch(/^https:\/\/api\.[a-z]+cloud(\.pre)?\.akubela\.com$/)
    expect(akuvoxBaseUrl({ region: 'eu-test' })).toBe('https://api.ecloud.pre.akubela.com')
  })

  it('takes a custom https URL, or http on loopback only', () => {
    expect(akuvoxBaseUrl({ customBaseUrl: 'https://akuvox.example.com/' })).toBe('https://akuvox.example.com')
    expect(akuvoxBaseUrl({ customBaseUrl: 'http://127.0.0.1:4010' })).toBe('http://127.0.0.1:4010')
    expect(() => akuvoxBaseUrl({ customBaseUrl: 'http://akuvox.example.com' })).toThrow(AppErrorException)
  })
})
