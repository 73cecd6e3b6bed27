import { describe, expect, it } from 'vitest'
import { BRIDGE_SCRIPT, injectBridge, resolveInside } from '../../../../src/main/headless/static-files'

describe('static files of the headless host', () => {
  it('never resolves outside the renderer folder', () => {
    expect(resolveInside('/srv/r', '/assets/a.js')).toBe('/srv/r/assets/a.js')
    expect(resolveInside('/srv/r', '/../secret')).toBeNull()
    expect(resolveInside('/srv/r', '/%2e%2e/%2e%2e/etc/passwd')).toBeNull()
    expect(resolveInside('/srv/r', '/a%00.js')).toBeNull()
    expect(resolveInside('/srv/r', '/%E0%A4%A')).toBeNull()
    expect(resolveInside('/srv/r', '/../r-other/x')).toBeNull()
  })

  it('loads the bridge before the app module', () => {
    const html = '<head><script type="module" crossorigin src="./assets/index-1.js"></script></head>'
    const out = injectBridge(html)
    expect(out.indexOf(BRIDGE_SCRIPT)).toBeGreaterThan(-1)
    expect(out.indexOf(BRIDGE_SCRIPT)).toBeLessThan(out.indexOf('index-1.js'))
    expect(() => injectBridge('<head></head>')).toThrow(/electron-vite/)
  })
})
