import { join } from 'node:path'
import type { Language } from '@shared/i18n/languages'
import { BrowserWindow, type BrowserWindowConstructorOptions, Menu, shell } from 'electron'
import { contextMenuTemplate } from './context-menu'
import { APP_ORIGIN, denyAllPermissions, guardNavigation, isAllowedExternalUrl } from './security'
import { DEFAULT_SIZE, MIN_SIZE, type Placement, type WindowState } from './window-state'

const DEFAULT_PLACEMENT: Placement = { ...DEFAULT_SIZE, maximized: false }

/** The one place window options are decided (Electron security checklist items 2–4, 6, 8–11). */
export function windowOptions(preloadPath: string, placement: Placement = DEFAULT_PLACEMENT): BrowserWindowConstructorOptions {
  return {
    ...(placement.x === undefined || placement.y === undefined ? { center: true } : { x: placement.x, y: placement.y }),
    width: placement.width,
    height: placement.height,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
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
      // No middle-click `auxclick` navigation (new windows are denied anyway, see guardNavigation).
      disableBlinkFeatures: 'Auxclick',
    },
  }
}

/** `language` is read at each right-click, so the context menu follows a change at once. */
export function createMainWindow(placement: Placement, language: () => Language): BrowserWindow {
  // electronegativity: CONTEXT_ISOLATION_JS_CHECK, SANDBOX_JS_CHECK, AUXCLICK_JS_CHECK — the options come from
  // windowOptions() above (contextIsolation and sandbox true, Auxclick disabled), which the checker cannot follow;
  // test/unit/main/window.test.ts asserts each of them.
  const win = new BrowserWindow(windowOptions(join(__dirname, '../preload/index.js'), placement))
  denyAllPermissions(win.webContents.session)
  guardNavigation(win.webContents, (url) => {
    // electronegativity: OPEN_EXTERNAL_JS_CHECK — only https URLs to the hosts in EXTERNAL_ALLOWLIST, without credentials, get here.
    if (isAllowedExternalUrl(url)) void shell.openExternal(url)
  })
  win.webContents.on('context-menu', (_event, params) => {
    const template = contextMenuTemplate(params, language())
    if (template) Menu.buildFromTemplate(template).popup({ window: win })
  })
  win.once('ready-to-show', () => {
    if (placement.maximized) win.maximize()
    win.show()
  })
  void win.loadURL(`${APP_ORIGIN}/index.html`)
  return win
}

/** Saves size, position (unmaximized) and the maximized flag when the window closes. */
export function rememberPlacement(win: BrowserWindow, save: (state: WindowState) => void): void {
  win.on('close', () => save({ bounds: win.getNormalBounds(), maximized: win.isMaximized() }))
}

/** A second launch of the app lands here: show the window that is already open. */
export function bringToFront(win: BrowserWindow): void {
  if (win.isMinimized()) win.restore()
  win.show()
  win.focus()
}
