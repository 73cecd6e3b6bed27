import { join } from 'node:path'
import { BrowserWindow, type BrowserWindowConstructorOptions, shell } from 'electron'
import { APP_ORIGIN, denyAllPermissions, guardNavigation, isAllowedExternalUrl } from './security'

/** The one place window options are decided (Electron security checklist items 2–4, 6, 8–11). */
export function windowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Fieldkey',
    backgroundColor: '#1a1b1e',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
    },
  }
}

export function createMainWindow(): BrowserWindow {
  const win = new BrowserWindow(windowOptions(join(__dirname, '../preload/index.js')))
  denyAllPermissions(win.webContents.session)
  guardNavigation(win.webContents, (url) => {
    if (isAllowedExternalUrl(url)) void shell.openExternal(url)
  })
  win.once('ready-to-show', () => win.show())
  void win.loadURL(`${APP_ORIGIN}/index.html`)
  return win
}
