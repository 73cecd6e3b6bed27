import { saveBlob } from '../../../components/export/save-table'

/** Saves text as a file (`saveBlob`): works in Electron and in the browser host alike. */
export const downloadText = (fileName: string, text: string, type = 'text/csv;charset=utf-8'): void => saveBlob(fileName, new Blob([text], { type }))
