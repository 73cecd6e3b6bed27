import { readFile } from 'node:fs/promises'
import type { ServerResponse } from 'node:http'
import { extname, join, normalize, sep } from 'node:path'

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
}

export const BRIDGE_SCRIPT = './assets/bridge.js'

/** Resolves a URL path inside `root`, or null when it would escape it. */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return null
  }
  if (decoded.includes('\0')) return null
  const full = normalize(join(root, decoded))
  return full === root || full.startsWith(root.endsWith(sep) ? root : root + sep) ? full : null
}

/**
 * The built renderer's index.html with the WebSocket bridge loaded first: module scripts run in
 * document order, so `window.fieldkey` exists before the app's own module runs.
 */
export function injectBridge(html: string): string {
  const tag = `<script type="module" src="${BRIDGE_SCRIPT}"></script>`
  const at = html.indexOf('<script type="module"')
  if (at < 0) throw new Error('renderer index.html has no module script: was it built by electron-vite?')
  return html.slice(0, at) + tag + '\n    ' + html.slice(at)
}

export async function serveFile(res: ServerResponse, root: string, urlPath: string): Promise<void> {
  const path = resolveInside(root, urlPath === '/' ? '/index.html' : urlPath)
  if (!path) {
    res.writeHead(400).end('bad path')
    return
  }
  let body: Buffer
  try {
    body = await readFile(path)
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
    return
  }
  const type = TYPES[extname(path)] ?? 'application/octet-stream'
  const isIndex = path.endsWith(`${sep}index.html`)
  const payload = isIndex ? Buffer.from(injectBridge(body.toString('utf8'))) : body
  res.writeHead(200, {
    'content-type': type,
    'content-length': String(payload.length),
    'cache-control': isIndex ? 'no-store' : 'public, max-age=31536000, immutable',
  })
  res.end(payload)
}
