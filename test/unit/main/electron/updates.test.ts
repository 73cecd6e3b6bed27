import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'
import { memorySink, createLogger } from '../../../../src/main/log/logger'
import { Redactor } from '../../../../src/main/log/redact'
import { describeMode, onUpdateAvailable, updatesMode } from '../../../../src/main/electron/updates/update-policy'
import { type UpdaterLike, startUpdates } from '../../../../src/main/electron/updates/updater'

class FakeUpdater extends EventEmitter {
  autoDownload = true
  autoInstallOnAppQuit = false
  logger: unknown = null
  checkForUpdates = vi.fn(async () => null)
  downloadUpdate = vi.fn(async () => ['/tmp/update'])
}

function setup(unsent: number, answer: boolean) {
  const updater = new FakeUpdater()
  const confirmDownload = vi.fn(async () => answer)
  const sink = memorySink()
  const updates = startUpdates({
    updater: updater as unknown as UpdaterLike,
    outboxCount: () => unsent,
    confirmDownload,
    logger: createLogger(sink, new Redactor()),
  })
  return { updater, confirmDownload, sink, updates }
}

describe('update policy', () => {
  it('is off in development and in the headless host, on in an installed app', () => {
    expect(updatesMode({ runtime: 'headless', isPackaged: true, env: {} })).toEqual({ enabled: false, reason: 'headless host' })
    expect(updatesMode({ runtime: 'electron', isPackaged: false, env: {} })).toEqual({ enabled: false, reason: 'development' })
    expect(updatesMode({ runtime: 'electron', isPackaged: true, env: { FIELDKEY_DISABLE_UPDATES: '1' } }).enabled).toBe(false)
    expect(updatesMode({ runtime: 'electron', isPackaged: true, env: {} })).toEqual({ enabled: true })
    expect(describeMode({ enabled: false, reason: 'development' })).toBe('off (development)')
  })

  it('downloads straight away only when the outbox is empty', () => {
    expect(onUpdateAvailable(0)).toEqual({ kind: 'download' })
    expect(onUpdateAvailable(3)).toEqual({ kind: 'ask', unsent: 3 })
  })
})

describe('the updater', () => {
  it('never downloads by itself and installs on quit', () => {
    const { updater } = setup(0, true)
    expect(updater.autoDownload).toBe(false)
    expect(updater.autoInstallOnAppQuit).toBe(true)
  })

  it('downloads at once with an empty outbox', async () => {
    const { updater, confirmDownload } = setup(0, false)
    updater.emit('update-available', { version: '0.2.0' })
    await vi.waitFor(() => expect(updater.downloadUpdate).toHaveBeenCalledTimes(1))
    expect(confirmDownload).not.toHaveBeenCalled()
  })

  it('asks first while changes wait in the outbox, and respects "later"', async () => {
    const { updater, confirmDownload, sink } = setup(2, false)
    updater.emit('update-available', { version: '0.2.0' })
    // "postponed" is logged once the answer is in: nothing can be downloaded after it.
    await vi.waitFor(() => expect(sink.lines.join('\n')).toContain('postponed'))
    expect(confirmDownload).toHaveBeenCalledWith('0.2.0', 2)
    expect(updater.downloadUpdate).not.toHaveBeenCalled()
  })

  it('downloads when the installer agrees despite unsent changes', async () => {
    const { updater } = setup(2, true)
    updater.emit('update-available', { version: '0.2.0' })
    await vi.waitFor(() => expect(updater.downloadUpdate).toHaveBeenCalledTimes(1))
  })

  it('logs a failed check instead of throwing', async () => {
    const { updater, updates, sink } = setup(0, true)
    updater.checkForUpdates.mockRejectedValueOnce(new Error('offline'))
    await updates.check()
    updater.emit('error', new Error('feed unreachable'))
    expect(sink.lines.filter((l) => l.includes('update check failed'))).toHaveLength(2)
  })
})
