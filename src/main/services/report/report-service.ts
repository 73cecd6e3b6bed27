import { AppErrorException, appError } from '@shared/errors'
import type { Page } from '@shared/page'
import type { PdfSaved } from '@shared/report/pdf-save'
import type { PackPerson } from '@shared/report/types'
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
  ) {}

  people(scope: CacheScope, offset: number, limit: number): Page<PackPerson> {
    const connection = new ConnectionsRepo(this.db).get(scope.connectionId)
    if (!connection) throw new AppErrorException(appError('not_found', { detail: `connection ${scope.connectionId}` }))
    return packPeople(this.db, scope, connection.vendor, offset, limit)
  }

  savePdf(fileName: string): Promise<PdfSaved> {
    return savePackPdf(this.printer(), fileName)
  }
}
