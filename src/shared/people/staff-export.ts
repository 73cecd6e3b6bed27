import { type ExportColumn, type ExportTable, exportTable, maskPin } from '../export/table'
import type { StaffListItem } from './staff'

/** The words of a staff export in the installer's language: the sheet's title and each column's header. */
export interface StaffExportWords {
  readonly title: string
  readonly name: string
  readonly accessGroups: string
  readonly pinCodes: string
  readonly rfCards: string
  readonly faces: string
  readonly floors: string
}

const LIST = '; '

/** Staff as a table: names, never ids; PINs masked; cards in full (they are printed on the card). */
export function staffExport(words: StaffExportWords, staff: readonly StaffListItem[]): ExportTable {
  const columns: ExportColumn<StaffListItem>[] = [
    { header: words.name, value: (s) => s.staffAccessName },
    { header: words.accessGroups, value: (s) => s.accessGroupNames.join(LIST) },
    { header: words.pinCodes, value: (s) => s.pinCodes.map((p) => maskPin(p.number)).join(LIST) },
    { header: words.rfCards, value: (s) => s.rfCards.map((c) => c.number).join(LIST) },
    { header: words.faces, value: (s) => String(s.faces.length) },
    { header: words.floors, value: (s) => s.floorAccesses.map((f) => `${f.buildingName}: ${f.floors.join(', ')}`).join(LIST) },
  ]
  return exportTable(words.title, columns, staff)
}
