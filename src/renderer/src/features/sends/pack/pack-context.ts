import type { ActivityEntry } from '@shared/domain/activity'
import type { ChecklistDoor } from '@shared/domain/checklist'
import type { PackDetails } from '@shared/report/details'
import type { PackPerson } from '@shared/report/types'
import type { ReportData } from '@shared/sends/types'
import type { TFunction } from 'i18next'
import { formatDateTime } from '../../../i18n/format'
import { listLabel } from '../../../i18n/labels'

/** Everything a section of the handover pack reads: the data, and the words and times of the document's language and the site's zone. */
export interface PackContext {
  readonly data: ReportData
  /** At most as many as one import takes, of `peopleTotal`. */
  readonly people: readonly PackPerson[]
  readonly peopleTotal: number
  readonly records: PackRecords
  readonly details: PackDetails
  /** Fixed to the document's language, not the window's. */
  readonly t: TFunction
  /** The site's IANA zone; every time in the pack is written in it. */
  readonly zone: string
  /** A time in the site's zone in the document's language, or a dash. */
  readonly when: (ms: number | null) => string
}

/** What the installer recorded on this computer: the door checklist and the newest entries of the project's activity log. */
export interface PackRecords {
  readonly checklist: readonly ChecklistDoor[]
  /** Newest first, at most PACK_ACTIVITY_MAX of `activityTotal`. */
  readonly activity: readonly ActivityEntry[]
  readonly activityTotal: number
}

/** The activity log's entries the pack prints at most; the whole log is exported from the Activity log screen. */
export const PACK_ACTIVITY_MAX = 2_000

export function packContext(
  data: ReportData,
  people: readonly PackPerson[],
  records: PackRecords,
  details: PackDetails,
  t: TFunction,
  zone: string,
  peopleTotal: number = people.length,
): PackContext {
  return {
    data,
    people,
    peopleTotal,
    records,
    details,
    t,
    zone,
    when: (ms) => (ms === null ? t('sends.pack.none') : formatDateTime(ms, details.language, { timeZone: zone })),
  }
}

/** A list cell in the document's language (`listLabel`). */
export const listText = (ctx: PackContext, items: readonly string[]): string => listLabel(ctx.t, items)

export function stateText(ctx: PackContext, online: boolean): string {
  return online ? ctx.t('sends.pack.online') : ctx.t('sends.pack.offline')
}
