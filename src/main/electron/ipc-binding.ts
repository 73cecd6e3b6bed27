import { appError } from '@shared/errors'
import { INVOKE_CHANNELS } from '@shared/ipc'
import { err } from '@shared/result'
import { type BrowserWindow, type IpcMainInvokeEvent, ipcMain } from 'electron'
import type { Logger } from '../log/logger'
import { isAppUrl } from './security'
import type { EventHub } from '../core/events'
import type { Router } from '../ipc/router'

/** Electron's security checklist, item 17: only our own top-level frame, loaded from `app://fieldkey`, may call main. */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>): boolean {
  const frame = event.senderFrame
  if (!frame || frame !== event.sender.mainFrame) return false
  return isAppUrl(frame.url)
}

/** One `ipcMain.handle` per contract channel, each through the router; events to the window. */
export function bindIpcMain(router: Router, events: EventHub, window: BrowserWindow, logger: Logger): () => void {
  for (const channel of INVOKE_CHANNELS) {
    ipcMain.handle(channel, async (event, input: unknown) => {
      if (!isTrustedSender(event)) {
        logger.warn('refused IPC from untrusted sender', { channel, url: event.senderFrame?.url ?? null })
        return err(appError('forbidden', { detail: 'untrusted sender' }))
      }
      return router.dispatch(channel, input, { origin: 'electron' })
    })
  }
  const unsubscribe = events.subscribe((channel, payload) => {
    if (!window.isDestroyed()) window.webContents.send(channel, payload)
  })
  return () => {
    unsubscribe()
    for (const channel of INVOKE_CHANNELS) ipcMain.removeHandler(channel)
  }
}
