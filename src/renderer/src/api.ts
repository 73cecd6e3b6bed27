import type { FieldkeyApi } from '@shared/ipc'

/**
 * The only module that touches `window.fieldkey`. Components and stores call named functions
 * (`api.app.info()`), never channel strings, and never learn which transport carries them.
 */
export const api: FieldkeyApi = window.fieldkey
