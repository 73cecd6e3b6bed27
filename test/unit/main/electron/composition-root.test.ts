import { EventEmitter } from 'node:events'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { MenuItemConstructorOptions } from 'electron'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { EventHub } from '../../../../src/main/core/events'
import { silentLogger } from '../../../../src/main/log/logger'
import { Redactor } from '../../../../src/main/log/redact'
import { UI_LANGUAGE_KEY, UiLanguage } from '../../../../src/main/services/ui-language'
import { SettingsRepo } from '../../../../src/main/store/settings-repo'
import { openStore } from '../../../../src/main/store/open-store'
import { WINDOW_STATE_KEY } from '../../../../src/main/electron/window-state'

// Electron cannot be installed here: the app, its windows and menus are stand-ins; src/main/electron/main.ts
// (the composition root) and everything it wires are real, except the core, which bootCore fakes.
class FakeApp extends EventEmitter {
  lock = true
  quit = vi.fn()
  ready = vi.fn(async () => undefined)
  enableSandbox() {}
  requestSingleInstanceLock() {
    return this.lock
  }
  whenReady() {
    return this.ready()
  }
  getName() {
    return 'Fieldkey'
  }
  getVersion() {
    return '0.1.0'
  }
  getPath() {
    return dataDir
  }
  getLocale() {
    return 'en-US'
  }
  isPackaged = false
}

class FakeWindow extends EventEmitter {
  static last: FakeWindow
  calls: string[] = []
  sent: Array<[string, unknown]> = []
  webContents = Object.assign(new EventEmitter(), {
    session: { setPermissionRequestHandler() {}, setPermissionCheckHandler() {} },
    setWindowOpenHandler() {},
    send: (channel: string, payload: unknown) => this.sent.push([channel, payload]),
  })
  constructor(readonly options: Record<string, unknown>) {
    super()
    FakeWindow.last = this
  }
  async loadURL() {}
  isDestroyed() {
    return false
  }
  isMinimized() {
    return true
  }
  isMaximized() {
    return false
  }
  getNormalBounds() {
    return { x: 30, y: 40, width: 1100, height: 750 }
  }
  restore() {
    this.calls.push('restore')
  }
  show() {
    this.calls.push('show')
  }
  focus() {
    this.calls.push('focus')
  }
}

let dataDir = ''
let app: FakeApp
let menu: MenuItemConstructorOptions[] = []
let language: UiLanguage
const display = { id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }

vi.mock('electron', () => ({
  get app() {
    return app
  },
  BrowserWindow: FakeWindow,
  Menu: {
    buildFromTemplate: (template: MenuItemConstructorOptions[]) => template,
    setApplicationMenu: (template: MenuItemConstructorOptions[]) => (menu = template),
  },
  dialog: { showErrorBox: vi.fn() },
  net: { fetch: vi.fn(), isOnline: () => true },
  screen: { getPrimaryDisplay: () => display, getAllDisplays: () => [display] },
  shell: { openExternal: vi.fn(), openPath: vi.fn() },
  clipboard: { writeText: vi.fn() },
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
  ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
}))
vi.mock('electron-updater', () => ({ autoUpdater: {} }))
vi.mock('../../../../src/main/core/bootstrap', () => ({
  bootCore: async () => {
    const store = openStore(join(dataDir, 'fieldkey.db'))
    language = new UiLanguage(new SettingsRepo(store.db), 'en-US')
    return {
      language,
      router: { dispatch: vi.fn() },
      events: new EventHub(),
      connections: {},
      start: vi.fn(),
      close: async () => store.db.close(),
      store,
      secrets: { status: () => ({ backend: 'os-keychain' }) },
      logger: silentLogger,
      redactor: new Redactor(),
      logsDir: join(dataDir, 'logs'),
    }
  },
}))

async function launch(options: { lock: boolean; saved?: unknown; language?: string }) {
  vi.resetModules()
  dataDir = mkdtempSync(join(tmpdir(), 'fk-root-'))
  if (options.saved || options.language) {
    const store = openStore(join(dataDir, 'fieldkey.db'))
    if (options.saved) new SettingsRepo(store.db).set(WINDOW_STATE_KEY, JSON.stringify(options.saved))
    if (options.language) new SettingsRepo(store.db).set(UI_LANGUAGE_KEY, options.language)
    store.db.close()
  }
  app = new FakeApp()
  app.lock = options.lock
  menu = []
  await import('../../../../src/main/electron/main')
  await vi.waitFor(() => expect(options.lock ? menu.length > 0 : app.quit.mock.calls.length > 0).toBe(true))
}

const find = (items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions | undefined =>
  items.flatMap((i) => [i, ...((i.submenu ?? []) as MenuItemConstructorOptions[])]).find((i) => i.label === label)

describe('the Electron composition root', () => {
  beforeEach(() => {
    vi.clearAllMocks()
  })

  it('a second launch quits at once and never starts', async () => {
    await launch({ lock: false })
    expect(app.quit).toHaveBeenCalledOnce()
    expect(app.ready).not.toHaveBeenCalled()
  })

  it('the first launch brings its window to the front when another is started', async () => {
    await launch({ lock: true })
    const win = FakeWindow.last
    app.emit('second-instance')
    expect(win.calls).toEqual(['restore', 'show', 'focus'])
  })

  it('opens the window where it was left, and saves where it is when it closes', async () => {
    await launch({ lock: true, saved: { bounds: { x: 100, y: 80, width: 1200, height: 800 }, maximized: false } })
    const win = FakeWindow.last
    expect(win.options).toMatchObject({ x: 100, y: 80, width: 1200, height: 800 })
    win.emit('close')
    const store = openStore(join(dataDir, 'fieldkey.db'))
    expect(JSON.parse(new SettingsRepo(store.db).get(WINDOW_STATE_KEY) ?? 'null')).toEqual({
      bounds: { x: 30, y: 40, width: 1100, height: 750 },
      maximized: false,
    })
    store.db.close()
  })

  it('menu items that navigate reach the window as app:command; no update items in development', async () => {
    await launch({ lock: true })
    const diagnostics = find(menu, 'About && diagnostics')?.click as () => void
    diagnostics()
    expect(FakeWindow.last.sent).toEqual([['app:command', 'go:diagnostics']])
    expect(find(menu, 'Check for updates…')).toBeUndefined()
    expect(find(menu, 'Open logs folder')).toBeDefined()
  })

  it('builds the menu in the language saved last time, and rebuilds it when the window switches language', async () => {
    await launch({ lock: true, language: 'zh-CN' })
    expect(menu.map((m) => m.label)).toContain('文件(&F)')
    language.set('en')
    expect(menu.map((m) => m.label)).toContain('&File')
    expect(find(menu, 'Sync now')?.accelerator).toBe('F5')
  })
})
