import { writeFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { AppErrorException, appError } from '@shared/errors'
import type { PdfSaved } from '@shared/report/pdf-save'
import { safeFileStem } from '@shared/report/file-name'

/** What the desktop shell lends to save the pack as a PDF; the headless host has none. */
export interface PdfPrinter {
  /** The native save dialog, proposing this name; null when the installer closed it. */
  choosePath(suggested: string): Promise<string | null>
  /** The window's page as PDF bytes, with its print styles (only the pack is printed). */
  print(): Promise<Uint8Array>
}

/** A name the dialog can propose: no folder part, no character a file system refuses, ending in `.pdf`. */
export function pdfFileName(requested: string): string {
  const stem = safeFileStem(safeFileStem(requested).replace(/\.pdf$/i, ''))
  return `${stem || 'handover'}.pdf`
}

/**
 * Asks where to save, prints, writes. Nothing is printed when the dialog is closed; a file that
 * cannot be written is an error naming it, never a silent loss.
 */
export async function savePackPdf(printer: PdfPrinter | null, requested: string, write = writeFile): Promise<PdfSaved> {
  if (!printer) throw new AppErrorException(appError('unavailable', { messageKey: 'errors.pdfDesktopOnly', retryable: false }))
  const path = await printer.choosePath(pdfFileName(requested))
  if (path === null) return { saved: false }
  const bytes = await printer.print()
  try {
    await write(path, bytes)
  } catch (error) {
    throw new AppErrorException(
      appError('internal', {
        messageKey: 'errors.pdfNotSaved',
        params: { file: basename(path) },
        detail: error instanceof Error ? error.message : String(error),
      }),
    )
  }
  return { saved: true, fileName: basename(path) }
}
