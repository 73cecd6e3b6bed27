import { readFileSync } from 'node:fs'
import { RENDERER_CSP, RENDERER_CSP_META } from '@shared/csp'
import { describe, expect, it } from 'vitest'

describe('renderer CSP', () => {
  it('index.html carries exactly the policy main and the headless host send', () => {
    const html = readFileSync(new URL('../../../src/renderer/index.html', import.meta.url), 'utf8')
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1]
    expect(meta).toBe(RENDERER_CSP_META)
    expect(RENDERER_CSP).toBe(`${RENDERER_CSP_META}; frame-ancestors 'none'`)
  })

  it('allows no inline or evaluated script', () => {
    const script = RENDERER_CSP.split('; ').find((d) => d.startsWith('script-src'))
    expect(script).toBe("script-src 'self'")
    expect(RENDERER_CSP).not.toContain('unsafe-eval')
  })
})
