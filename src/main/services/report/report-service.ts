import { AppErrorException, appError } from '@shared/errors'
import type { Page } from '@shared/page'
import type { PdfSaved } from '@shared/report/pdf-save'
import { PACK_PAGE_BYTES, type PackPerson } from '@shared/report/types'
import { jsonBytes } from '@shared/ipc/limits'
import type { CacheScope } from '../../store/cache/scope'
import { ConnectionsRepo } from '../../store/connections-repo'
import type { SqlDatabase } from '../../store/driver'
import { packPeople } from './pack-people'
import { type PdfPrinter, savePackPdf } from './pdf-export'

/** The handover pack's reads that grow with the site (paged), and saving it as a PDF where a shell can print. */
export class ReportService {
  constructor(
    private readonly db: SqlDatabase,
    /** Asked at each save: the desktop window exists only after the core. */
    private readonly printer: () => PdfPrinter | null,
    /** A page stops growing past this many bytes of JSON (a person's doors grow with the site). */
    private readonly pageBytes = PACK_PAGE_BYTES,
  ) {}

  /**
   * At most `limit` people, and fewer when they would pass the page's byte budget (always at
   * least one): the caller reads on from `offset + items.length`.
   */
  people(scope: CacheScope, offset: number, limit: number): Page<PackPerson> {
    const connection = new ConnectionsRepo(this.db).get(scope.connectionId)
    if (!connection) throw new AppErrorException(appError('not_found', { detail: `connection ${scope.connectionId}` }))
    const page = packPeople(this.db, scope, connection.vendor, offset, limit)
    const items: PackPerson[] = []
    let bytes = 0
    for (const person of page.items) {
      bytes += jsonBytes(person)
      if (items.length > 0 && bytes > this.pageBytes) break
      items.push(person)
    }
    return { ...page, items }
  }

  savePdf(fileName: string): Promise<PdfSaved> {
    return savePackPdf(this.printer(), fileName)
  }
}
