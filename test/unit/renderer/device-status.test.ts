import { describe, expect, it } from 'vitest'
import { deviceStatusLine } from '../../../src/renderer/src/features/project/device-status'

describe('the words for how long a device has been in its state', () => {
  it('"offline since" only for a change Fieldkey saw', () => {
    expect(deviceStatusLine({ online: false, statusSince: 300, statusChangedAt: 300, lastSeenAt: 200 })).toEqual({ key: 'offlineSince', time: 300 })
  })

  it('offline from the first sync: says so, with when that sync was', () => {
    expect(deviceStatusLine({ online: false, statusSince: 100, statusChangedAt: null, lastSeenAt: null })).toEqual({ key: 'offlineAtFirstSync', time: 100 })
  })

  it('online: since the change Fieldkey saw, else when it was last seen online', () => {
    expect(deviceStatusLine({ online: true, statusSince: 500, statusChangedAt: 500, lastSeenAt: 900 })).toEqual({ key: 'onlineSince', time: 500 })
    expect(deviceStatusLine({ online: true, statusSince: 100, statusChangedAt: null, lastSeenAt: 900 })).toEqual({ key: 'lastSeen', time: 900 })
  })
})
