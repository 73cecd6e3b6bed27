import { describe, expect, it } from 'vitest'
import { readLaunchSecret } from '../../../src/preload/launch-secret'

// The web bridge's side of the per-launch secret (it runs in the browser, served by the host).
describe('the launch secret in the address', () => {
  it('is taken from the fragment, leaving path, query and the rest of the fragment', () => {
    expect(readLaunchSecret('http://127.0.0.1:5123/?view=a#key=abc&x=1', null)).toEqual({ secret: 'abc', cleanAddress: '/?view=a#x=1' })
    expect(readLaunchSecret('http://127.0.0.1:5123/#key=abc', 'old')).toEqual({ secret: 'abc', cleanAddress: '/' })
  })

  it('comes from storage after a reload of the cleaned address, which is left alone', () => {
    expect(readLaunchSecret('http://127.0.0.1:5123/?view=a', 'abc')).toEqual({ secret: 'abc', cleanAddress: null })
    expect(readLaunchSecret('http://127.0.0.1:5123/#x=1', 'abc')).toEqual({ secret: 'abc', cleanAddress: null })
  })

  it('is empty when neither holds one (the host then refuses the connection)', () => {
    expect(readLaunchSecret('http://127.0.0.1:5123/#key=', null)).toEqual({ secret: '', cleanAddress: null })
  })
})
