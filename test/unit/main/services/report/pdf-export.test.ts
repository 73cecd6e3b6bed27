import { mkdtempSync, readFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { AppErrorException } from '@shared/errors'
import { type PdfPrinter, pdfFileName, savePackPdf } from '../../../../../src/main/services/report/pdf-export'

const PDF = new TextEncoder().encode('%PDF-1.7 pack')

/** A shell whose dialog answers `path` and whose printer counts the pages it printed. */
function shell(path: string | null) {
  const seen = { suggested: '', printed: 0 }
  const printer: PdfPrinter = {
    choosePath: async (suggested) => {
      seen.suggested = suggested
      return path
    },
    print: async () => {
      seen.printed++
      return PDF
    },
  }
  return { printer, seen }
}

describe('saving the pack as a PDF', () => {
  it('proposes a safe name, prints once and writes the file chosen', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fk-pdf-'))
    const target = join(dir, 'chosen.pdf')
    const { printer, seen } = shell(target)
    expect(await savePackPdf(printer, 'Harbour/View handover 2026-12-06.pdf')).toEqual({ saved: true, fileName: 'chosen.pdf' })
    expect(seen).toEqual({ suggested: 'Harbour View handover 2026-12-06.pdf', printed: 1 })
    expect(readFileSync(target)).toEqual(Buffer.from(PDF))
  })

  it('prints nothing when the installer closes the dialog', async () => {
    const { printer, seen } = shell(null)
    expect(await savePackPdf(printer, 'pack')).toEqual({ saved: false })
    expect(seen.printed).toBe(0)
  })

  it('names the file it could not write', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fk-pdf-'))
    const target = join(dir, 'missing-folder', 'pack.pdf')
    const failure = await savePackPdf(shell(target).printer, 'pack').catch((e: unknown) => e)
    expect(failure).toBeInstanceOf(AppErrorException)
    expect((failure as AppErrorException).error).toMatchObject({ messageKey: 'errors.pdfNotSaved', params: { file: 'pack.pdf' } })
    expect(existsSync(target)).toBe(false)
  })

  it('says the browser host cannot write a file', async () => {
    const failure = await savePackPdf(null, 'pack').catch((e: unknown) => e)
    expect((failure as AppErrorException).error).toMatchObject({ code: 'unavailable', messageKey: 'errors.pdfDesktopOnly' })
  })

  it('ends the proposed name in .pdf once', () => {
    expect(pdfFileName('pack.PDF')).toBe('pack.pdf')
    expect(pdfFileName('...')).toBe('handover.pdf')
  })
})
