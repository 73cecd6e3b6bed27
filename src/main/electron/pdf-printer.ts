import { join } from 'node:path'
import { type BrowserWindow, app, dialog } from 'electron'
import type { PdfPrinter } from '../services/report/pdf-export'

/** The window's page printed to PDF (its print styles keep only the pack), saved where the native dialog says. */
export function windowPdfPrinter(window: BrowserWindow): PdfPrinter {
  return {
    async choosePath(suggested) {
      const { canceled, filePath } = await dialog.showSaveDialog(window, {
        defaultPath: join(app.getPath('documents'), suggested),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      })
      return canceled || !filePath ? null : filePath
    },
    print: async () => new Uint8Array(await window.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true })),
  }
}
