import { EventEmitter } from 'node:events'
import { beforeEach, describe, expect, it, vi } from 'vitest'

// Electron cannot be installed here: stand in for the BrowserWindow/shell it would provide and
// check what our code asks of them. The code under test (options, guards) is ours and real.
const created: Array<{ options: Record<string, unknown>; loaded: string[] }> = []
const openExternal = vi.fn(async () => undefined)
const popups: Array<{ template: Array<{ role?: string }>; window: unknown }> = []

class FakeContents extends EventEmitter {
  windowOpenHandler: ((d: { url: string }) => { action: string }) | undefined
  session = {
    requestHandler: undefined as ((wc: unknown, p: string, cb: (granted: boolean) => void) => void) | undefined,
    checkHandler: undefined as (() => boolean) | undefined,
    setPermissionRequestHandler(h: (wc: unknown, p: string, cb: (granted: boolean) => void) => void) {
      this.requestHandler = h
    },
    setPermissionCheckHandler(h: () => boolean) {
      this.checkHandler = h
    },
  }
  setWindowOpenHandler(h: (d: { url: string }) => { action: string }) {
    this.windowOpenHandler = h
  }
}

vi.mock('electron', () => ({
  BrowserWindow: class extends EventEmitter {
    webContents = new FakeContents()
    constructor(options: Record<string, unknown>) {
      super()
      created.push({ options, loaded: this.loaded })
    }
    loaded: string[] = []
    calls: string[] = []
    minimized = true
    show() {
      this.calls.push('show')
    }
    focus() {
      this.calls.push('focus')
    }
    restore() {
      this.calls.push('restore')
    }
    isMinimized() {
      return this.minimized
    }
    isMaximized() {
      return true
    }
    getNormalBounds() {
      return { x: 10, y: 20, width: 1000, height: 700 }
    }
    async loadURL(url: string) {
      this.loaded.push(url)
    }
  },
  Menu: {
    buildFromTemplate: (template: Array<{ role?: string }>) => ({ popup: (options: { window: unknown }) => popups.push({ template, window: options.window }) }),
  },
  shell: { openExternal },
}))

const { bringToFront, createMainWindow, rememberPlacement, windowOptions } = await import('../../../../src/main/electron/window')

function navigate(contents: FakeContents, event: string, url: string): boolean {
  let prevented = false
  contents.emit(event, { preventDefault: () => (prevented = true) }, url)
  return prevented
}

describe('main window', () => {
  beforeEach(() => {
    created.length = 0
    popups.length = 0
    openExternal.mockClear()
  })

  it('is isolated, sandboxed and without Node', () => {
    const prefs = windowOptions('/p/preload.js').webPreferences
    expect(prefs).toMatchObject({
      preload: '/p/preload.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
    })
    expect(prefs).not.toHaveProperty('enableBlinkFeatures')
    expect(prefs?.disableBlinkFeatures).toBe('Auxclick')
  })

  it('loads the renderer from app://, not file://', () => {
    const win = createMainWindow({ width: 1200, height: 800, maximized: false }, () => 'en') as unknown as { webContents: FakeContents }
    expect(created[0]?.loaded).toEqual(['app://fieldkey/index.html'])
    expect(win.webContents).toBeInstanceOf(FakeContents)
  })

  it('blocks navigation and redirects away from the app', () => {
    const win = createMainWindow({ width: 1200, height: 800, maximized: false }, () => 'en') as unknown as { webContents: FakeContents }
    expect(navigate(win.webContents, 'will-navigate', 'https://evil.example/')).toBe(true)
    expect(navigate(win.webContents, 'will-navigate', 'file:///etc/passwd')).toBe(true)
    expect(navigate(win.webContents, 'will-redirect', 'http://127.0.0.1:1/')).toBe(true)
    expect(navigate(win.webContents, 'will-navigate', 'app://fieldkey/index.html#x')).toBe(false)
    expect(navigate(win.webContents, 'will-attach-webview', 'app://fieldkey/')).toBe(true)
  })

  it('denies every new window; only allow-listed https links go to the system browser', () => {
    const win = createMainWindow({ width: 1200, height: 800, maximized: false }, () => 'en') as unknown as { webContents: FakeContents }
    const handler = win.webContents.windowOpenHandler
    expect(handler?.({ url: 'https://developer.tuya.com/en/docs' })).toEqual({ action: 'deny' })
    expect(handler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' })
    expect(handler?.({ url: 'http://developer.tuya.com/' })).toEqual({ action: 'deny' })
    expect(openExternal).toHaveBeenCalledTimes(1)
    expect(openExternal).toHaveBeenCalledWith('https://developer.tuya.com/en/docs')
  })

  it('denies every permission request and check', () => {
    const win = createMainWindow({ width: 1200, height: 800, maximized: false }, () => 'en') as unknown as { webContents: FakeContents }
    const granted: boolean[] = []
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read']) win.webContents.session.requestHandler?.(null, p, (g) => granted.push(g))
    expect(granted).toEqual([false, false, false, false])
    expect(win.webContents.session.checkHandler?.()).toBe(false)
  })

  it('opens where it was left, or centred at the default size', () => {
    expect(windowOptions('/p.js', { x: 40, y: 50, width: 1000, height: 700, maximized: false })).toMatchObject({
      x: 40,
      y: 50,
      width: 1000,
      height: 700,
      minWidth: 900,
    })
    expect(windowOptions('/p.js')).toMatchObject({ center: true, width: 1280, height: 820 })
    expect(windowOptions('/p.js')).not.toHaveProperty('x')
  })

  it('remembers its unmaximized bounds and maximized flag when it closes', () => {
    const win = createMainWindow({ width: 1200, height: 800, maximized: false }, () => 'en') as unknown as EventEmitter
    const saved: unknown[] = []
    rememberPlacement(win as never, (state) => saved.push(state))
    win.emit('close')
    expect(saved).toEqual([{ bounds: { x: 10, y: 20, width: 1000, height: 700 }, maximized: true }])
  })

  it('comes to the front, restored, when the app is launched a second time', () => {
    const win = createMainWindow({ width: 1200, height: 800, maximized: false }, () => 'en') as unknown as { calls: string[] }
    bringToFront(win as never)
    expect(win.calls).toEqual(['restore', 'show', 'focus'])
  })

  it('pops up the edit menu on a right-click in a text field, and nothing on plain UI', () => {
    const win = createMainWindow({ width: 1200, height: 800, maximized: false }, () => 'en') as unknown as { webContents: FakeContents }
    const editFlags = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true }
    win.webContents.emit('context-menu', {}, { isEditable: false, selectionText: '', editFlags })
    expect(popups).toEqual([])
    win.webContents.emit('context-menu', {}, { isEditable: true, selectionText: '', editFlags })
    expect(popups[0]?.template.map((i) => i.role).filter(Boolean)).toEqual(['cut', 'copy', 'paste', 'selectAll'])
    expect(popups[0]?.window).toBe(win)
  })
})
