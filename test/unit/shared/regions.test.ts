import { REGIONS, findRegion } from '@shared/domain/regions'
import { describe, expect, it } from 'vitest'

describe('region presets', () => {
  it('are https addresses of the vendors’ own hosts', () => {
    for (const r of REGIONS.akuvox) expect(r.baseUrl).toMatch(/^https:\/\/api\.[a-z]+cloud(\.pre)?\.akubela\.com$/)
    for (const r of REGIONS.tuya) expect(r.baseUrl).toMatch(/^https:\/\/openapi(-[a-z]+)?\.tuya(cn|us|eu|in)\.com$/)
  })

  it('have unique ids per vendor and are found by id', () => {
    for (const list of Object.values(REGIONS)) expect(new Set(list.map((r) => r.id)).size).toBe(list.length)
    expect(findRegion('akuvox', 'eu-test')?.baseUrl).toBe('https://api.ecloud.pre.akubela.com')
    expect(findRegion('tuya', 'euCentral')?.baseUrl).toBe('https://openapi.tuyaeu.com')
    expect(findRegion('tuya', 'eu')).toBeUndefined()
  })
})
