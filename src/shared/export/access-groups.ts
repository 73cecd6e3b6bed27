import type { AccessGroupRow } from '../domain/access-groups'
import { type ExportColumn, type ExportTable, exportTable } from './table'

/** The words of an access groups export: title, headers, and the schedule and doors said as the list says them (in site time). */
export interface GroupsExportWords {
  readonly title: string
  readonly name: string
  readonly kind: string
  readonly schedule: string
  readonly window: string
  readonly doors: string
  readonly users: string
  readonly created: string
  readonly kindOf: (group: AccessGroupRow) => string
  readonly scheduleOf: (group: AccessGroupRow) => string
  readonly windowOf: (group: AccessGroupRow) => string
  readonly doorsOf: (group: AccessGroupRow) => string
  readonly createdOf: (group: AccessGroupRow) => string
}

export function groupsExport(words: GroupsExportWords, groups: readonly AccessGroupRow[]): ExportTable {
  const columns: ExportColumn<AccessGroupRow>[] = [
    { header: words.name, value: (g) => g.name },
    { header: words.kind, value: words.kindOf },
    { header: words.schedule, value: words.scheduleOf },
    { header: words.window, value: words.windowOf },
    { header: words.doors, value: words.doorsOf },
    { header: words.users, value: (g) => String(g.userCount) },
    { header: words.created, value: words.createdOf },
  ]
  return exportTable(words.title, columns, groups)
}
