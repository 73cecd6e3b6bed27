import type { ActivityEntry, ActivityReason, ActivityResult } from '../domain/activity'

/** The log's columns, in order, for exports and the handover pack. */
export const ACTIVITY_COLUMNS = ['when', 'installer', 'connection', 'project', 'operation', 'target', 'result', 'reason', 'requestId'] as const
export type ActivityColumn = (typeof ACTIVITY_COLUMNS)[number]
export type ActivityRow = Readonly<Record<ActivityColumn, string>>

/** How a row is worded: in the document's language and the site's time zone, chosen by the caller. */
export interface ActivityWording {
  readonly when: (at: number, entry: ActivityEntry) => string
  readonly operation: (entry: ActivityEntry) => string
  readonly result: (result: ActivityResult) => string
  readonly reason: (reason: ActivityReason) => string
}

/** Log entries as rows with named columns, one per entry, in the order given. */
export function activityRows(entries: readonly ActivityEntry[], words: ActivityWording): ActivityRow[] {
  return entries.map((e) => ({
    when: words.when(e.at, e),
    installer: e.installer ?? '',
    connection: e.connectionLabel,
    project: e.projectName,
    operation: words.operation(e),
    target: e.operation.target,
    result: words.result(e.result),
    reason: e.reason ? words.reason(e.reason) : '',
    requestId: e.requestId ?? '',
  }))
}
