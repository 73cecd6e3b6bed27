import type { reportInvokes } from '@shared/ipc/channels/report'
import type { Handlers } from '../router'
import type { Page } from '@shared/page'
import type { PackPerson } from '@shared/report/types'
import type { PdfSaved } from '@shared/report/pdf-save'
import type { CacheScope } from '../../store/cache/scope'

export interface ReportHandlerDeps {
  people(scope: CacheScope, offset: number, limit: number): Page<PackPerson>
  savePdf(fileName: string): Promise<PdfSaved>
}

export function reportHandlers(report: ReportHandlerDeps): Pick<Handlers, keyof typeof reportInvokes> {
  return {
    'report:people': ({ offset, limit, ...scope }) => report.people(scope, offset, limit),
    'report:savePdf': ({ fileName }) => report.savePdf(fileName),
  }
}
