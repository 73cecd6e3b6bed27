import type { Session, WebContents } from 'electron'

/** The renderer's own origin: everything is served from `app://fieldkey/`. */
export const APP_SCHEME = 'app'
export const APP_HOST = 'fieldkey'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`

/** Hosts `shell.openExternal` may open (https only): vendor consoles and our own docs. */
const EXTERNAL_ALLOWLIST: ReadonlySet<string> = new Set(['developer.tuya.com', 'iot.tuya.com', 'developer.akubela.com', 'knowledge.akuvox.com'])

export function isAppUrl(url: string): boolean {
  try {
    const u = new URL(url)
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST
  } catch {
    return false
  }
}

export function isAllowedExternalUrl(url: string): boolean {
  try {
    const u = new URL(url)
    return u.protocol === 'https:' && !u.username && !u.password && EXTERNAL_ALLOWLIST.has(u.hostname)
  } catch {
    return false
  }
}

/** Permission requests and checks are all denied: Fieldkey needs no camera, mic, location… */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
}

/**
 * No navigation away from the app, no new windows, no webviews. Allow-listed https links open in
 * the system browser instead.
 */
export function guardNavigation(contents: WebContents, openExternal: (url: string) => void): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault()
  })
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) openExternal(url)
    return { action: 'deny' }
  })
}
