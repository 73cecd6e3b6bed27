import { describe, expect, it } from 'vitest'
import { DEVICE_KINDS, allCloudWords, cloudWordsOf, deviceTypeOf } from '../../../src/shared/domain/device-types'

describe('device types from the clouds’ words', () => {
  it('names every type Akuvox documents and the Tuya controller as a kind', () => {
    expect(deviceTypeOf('Multi-tenants Doorphone')).toEqual({ kind: 'known', type: 'multiTenantDoorphone' })
    expect(deviceTypeOf('Single-tenant Doorphone')).toEqual({ kind: 'known', type: 'singleTenantDoorphone' })
    expect(deviceTypeOf('Indoor Monitor')).toEqual({ kind: 'known', type: 'indoorMonitor' })
    expect(deviceTypeOf('Guard Phone')).toEqual({ kind: 'known', type: 'guardPhone' })
    expect(deviceTypeOf('Access Control')).toEqual({ kind: 'known', type: 'accessControl' })
    expect(deviceTypeOf('Tuya access controller')).toEqual({ kind: 'known', type: 'tuyaAccessController' })
  })

  it('ignores case and surrounding spaces, as the cache’s filter does', () => {
    expect(deviceTypeOf('  guard PHONE ')).toEqual({ kind: 'known', type: 'guardPhone' })
    expect(cloudWordsOf('guardPhone')).toEqual(['guard phone'])
  })

  it('keeps any other word as the cloud wrote it', () => {
    expect(deviceTypeOf(' Elevator Controller ')).toEqual({ kind: 'other', raw: 'Elevator Controller' })
    expect(deviceTypeOf('')).toEqual({ kind: 'other', raw: '' })
  })

  it('gives every kind at least one word, and no word to two kinds', () => {
    for (const kind of DEVICE_KINDS) expect(cloudWordsOf(kind).length, kind).toBeGreaterThan(0)
    expect(new Set(allCloudWords()).size).toBe(allCloudWords().length)
  })
})
