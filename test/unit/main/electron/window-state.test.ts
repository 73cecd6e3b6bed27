import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SettingsRepo } from '../../../../src/main/store/settings-repo'
import { openStore } from '../../../../src/main/store/open-store'
import { type WindowState, WINDOW_STATE_KEY, parseWindowState, restorePlacement } from '../../../../src/main/electron/window-state'

const laptop = { x: 0, y: 0, width: 1920, height: 1040 }
const rightMonitor = { x: 1920, y: 0, width: 2560, height: 1400 }
const state = (x: number, y: number, width = 1280, height = 820, maximized = false): WindowState => ({ bounds: { x, y, width, height }, maximized })

describe('window placement', () => {
  it('opens at the default size, centred, when nothing was saved', () => {
    expect(restorePlacement(null, [laptop])).toEqual({ width: 1280, height: 820, maximized: false })
  })

  it('reopens where it was when that place is still on a display', () => {
    expect(restorePlacement(state(2100, 100, 1600, 1000, true), [laptop, rightMonitor])).toEqual({
      x: 2100,
      y: 100,
      width: 1600,
      height: 1000,
      maximized: true,
    })
  })

  it('comes back onto the primary display when its monitor is gone', () => {
    expect(restorePlacement(state(2100, 100), [laptop])).toEqual({ width: 1280, height: 820, maximized: false })
  })

  it('is pulled fully onto the display it mostly overlaps', () => {
    expect(restorePlacement(state(1000, -50), [laptop, rightMonitor])).toEqual({ x: 640, y: 0, width: 1280, height: 820, maximized: false })
    expect(restorePlacement(state(1500, 900), [laptop, rightMonitor])).toEqual({ x: 1920, y: 580, width: 1280, height: 820, maximized: false })
    expect(restorePlacement(state(-300, 500), [laptop])).toEqual({ x: 0, y: 220, width: 1280, height: 820, maximized: false })
  })

  it('shrinks to a smaller screen and never below the minimum size', () => {
    const small = { x: 0, y: 0, width: 1366, height: 728 }
    expect(restorePlacement(state(0, 0, 2400, 1300), [small])).toEqual({ x: 0, y: 0, width: 1366, height: 728, maximized: false })
    expect(restorePlacement(state(10, 10, 200, 100), [laptop])).toEqual({ x: 10, y: 10, width: 900, height: 600, maximized: false })
  })

  it('ignores a stored value that is garbled or of another shape', () => {
    expect(parseWindowState(undefined)).toBeNull()
    expect(parseWindowState('{not json')).toBeNull()
    expect(parseWindowState(JSON.stringify({ bounds: { x: 0, y: 0, width: -5, height: 10 }, maximized: false }))).toBeNull()
    expect(parseWindowState(JSON.stringify(state(1, 2)))).toEqual(state(1, 2))
  })

  it('is kept in the settings table across restarts', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'fk-settings-')), 'fieldkey.db')
    const first = openStore(path)
    const repo = new SettingsRepo(first.db)
    expect(repo.get(WINDOW_STATE_KEY)).toBeUndefined()
    repo.set(WINDOW_STATE_KEY, JSON.stringify(state(5, 6)))
    repo.set(WINDOW_STATE_KEY, JSON.stringify(state(7, 8, 1000, 700, true)))
    first.db.close()
    const second = openStore(path)
    expect(parseWindowState(new SettingsRepo(second.db).get(WINDOW_STATE_KEY))).toEqual(state(7, 8, 1000, 700, true))
    second.db.close()
  })
})
