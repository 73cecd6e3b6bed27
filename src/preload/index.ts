import { contextBridge, ipcRenderer } from 'electron'
import type { Transport } from '@shared/ipc'
import { createApi } from './create-api'

/** The Electron transport: `ipcRenderer` never leaves this file, nor does the IPC event object. */
const electronTransport: Transport = {
  invoke: (channel, input) => ipcRenderer.invoke(channel, input),
  subscribe(channel, listener) {
    const handler = (_event: unknown, payload: unknown): void => listener(payload)
    ipcRenderer.on(channel, handler)
    return () => {
      ipcRenderer.removeListener(channel, handler)
    }
  },
}

contextBridge.exposeInMainWorld('fieldkey', createApi(electronTransport))
