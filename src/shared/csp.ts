/**
 * The renderer's Content-Security-Policy: the meta tag in src/renderer/index.html, the `app://`
 * protocol handler and the headless host all send this (a test keeps the meta tag equal).
 * No inline or eval'd script; styles may be inline because Mantine sets CSS variables inline;
 * `connect-src 'self'` covers the headless host's same-origin WebSocket (CSP3 matches ws: to http:).
 */
const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: https:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
]

/** What index.html's meta tag carries (browsers ignore frame-ancestors in a meta tag). */
export const RENDERER_CSP_META = DIRECTIVES.join('; ')

/** What main and the headless host send as a header: the meta policy, and no framing. */
export const RENDERER_CSP = [...DIRECTIVES, "frame-ancestors 'none'"].join('; ')
