import { readFile } from 'node:fs/promises'
import { extname } from 'node:path'
import { RENDERER_CSP } from '@shared/csp'
import { protocol } from 'electron'
import { resolveInside } from '../headless/static-files'
import { APP_HOST, APP_SCHEME } from './security'

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
}

/** Must run before `app.ready`: `app://` is a standard, secure origin (not `file://`, Electron's security checklist item 18). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }])
}

/** Serves the built renderer from `rendererDir` under `app://fieldkey/`, with the CSP header. */
export function serveAppScheme(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url)
    const path = url.host === APP_HOST ? resolveInside(rendererDir, url.pathname === '/' ? '/index.html' : url.pathname) : null
    if (!path) return new Response('not found', { status: 404 })
    try {
      const body = await readFile(path)
      return new Response(body, {
        headers: {
          'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
          'content-security-policy': RENDERER_CSP,
          'x-content-type-options': 'nosniff',
        },
      })
    } catch {
      return new Response('not found', { status: 404 })
    }
  })
}
