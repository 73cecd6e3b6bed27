import { describe, expect, it } from 'vitest'
import { NetworkMonitor } from '../../../../src/main/services/network-monitor'

describe('NetworkMonitor', () => {
  it('reports only transitions, with when they happened', async () => {
    let online = true
    let t = 100
    const changes: Array<{ online: boolean; since: number }> = []
    const monitor = new NetworkMonitor(
      () => online,
      (s) => changes.push(s),
      () => t,
    )
    await monitor.check()
    online = false
    t = 200
    await monitor.check()
    await monitor.check()
    online = true
    t = 300
    await monitor.check()
    expect(changes).toEqual([
      { online: false, since: 200 },
      { online: true, since: 300 },
    ])
    expect(monitor.current).toEqual({ online: true, since: 300 })
  })

  it('treats a failing probe as offline', async () => {
    const changes: boolean[] = []
    const monitor = new NetworkMonitor(
      () => Promise.reject(new Error('no netlink')),
      (s) => changes.push(s.online),
    )
    await monitor.check()
    expect(changes).toEqual([false])
  })
})
