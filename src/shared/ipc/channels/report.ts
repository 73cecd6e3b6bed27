import type { Page } from '../../page'
import type { PdfSaved } from '../../report/pdf-save'
import type { PackPerson } from '../../report/types'
import { invoke } from '../define'
import { packPeopleQuery, savePdfInput } from '../schemas/report'

export const reportInvokes = {
  /** One page of the handover pack's people with credentials (PINs masked), groups and doors; cache only. */
  'report:people': invoke<Page<PackPerson>>()(packPeopleQuery),
  /** Desktop only: asks where to save, then prints the window's pack to that PDF file. */
  'report:savePdf': invoke<PdfSaved>()(savePdfInput),
} as const
