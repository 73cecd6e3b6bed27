import { describe, expect, it } from 'vitest'
import { isLoopbackHost } from '../src/common/loopback'

describe('isLoopbackHost (import files are fetched from loopback only)', () => {
  it('accepts localhost, ::1 and all of 127.0.0.0/8 as URL gives them', () => {
    for (const url of ['http://localhost:8080/a.csv', 'http://[::1]:8080/a.csv', 'http://127.0.0.1/a.csv', 'http://127.255.3.4/a.csv']) {
      expect(isLoopbackHost(new URL(url).hostname)).toBe(true)
    }
  })

  it('refuses every other host, including look-alikes', () => {
    for (const url of [
      'http://10.0.0.1/a.csv',
      'http://example.com/a.csv',
      'http://127.0.0.1.example.com/a.csv',
      'http://localhost.example.com/a.csv',
      'http://[::2]/a.csv',
    ]) {
      expect(isLoopbackHost(new URL(url).hostname)).toBe(false)
    }
  })
})
