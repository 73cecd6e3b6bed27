/// <reference types="vite/client" />
import type { FieldkeyApi } from '@shared/ipc'

declare global {
  interface Window {
    /** Built by the preload (Electron) or the host bridge (browser); only api.ts reads it. */
    readonly fieldkey: FieldkeyApi
  }
}
