/**
 * The renderer's Content-Security-Policy: the meta tag in src/renderer/index.html, the `app://`
 * protocol handler and the headless host all send exactly this (a test keeps them equal).
 * No inline or eval'd script; styles may be inline because Mantine sets CSS variables inline;
 * `connect-src 'self'` covers the headless host's same-origin WebSocket (CSP3 matches ws: to http:).
 */
export const RENDERER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: https:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')
