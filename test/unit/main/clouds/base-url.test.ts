import { AppErrorException } from '@shared/errors'
import { describe, expect, it } from 'vitest'
import { normaliseCloudBaseUrl } from '../../../../src/main/clouds/base-url'

describe('cloud base URLs', () => {
  it('accepts https and strips the trailing slash', () => {
    expect(normaliseCloudBaseUrl(' https://openapi.tuyaeu.com/ ')).toBe('https://openapi.tuyaeu.com')
  })

  it('accepts plain http only on loopback (the sandbox)', () => {
    expect(normaliseCloudBaseUrl('http://127.0.0.1:5123')).toBe('http://127.0.0.1:5123')
    expect(normaliseCloudBaseUrl('http://localhost:80/')).toBe('http://localhost')
    for (const bad of ['http://api.ecloud.akubela.com', 'http://10.0.0.5', 'ftp://127.0.0.1', 'https://user:pw@x.com', 'not a url', 'https://x.com/?a=1']) {
      expect(() => normaliseCloudBaseUrl(bad), bad).toThrow(AppErrorException)
    }
  })
})
