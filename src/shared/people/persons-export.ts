import type { TuyaPerson } from '../domain/tuya'
import { type ExportColumn, type ExportTable, exportTable } from '../export/table'

/** The words of a persons export in the installer's language: title, headers and the values said in words. */
export interface PersonsExportWords {
  readonly title: string
  readonly name: string
  readonly personCode: string
  readonly organisation: string
  readonly enabled: string
  readonly mobile: string
  readonly email: string
  readonly face: string
  readonly yes: string
  readonly no: string
  readonly enabledYes: string
  readonly enabledNo: string
}

/** Persons as a table: organisations by name, never ids; the state and face said in words. */
export function personsExport(words: PersonsExportWords, persons: readonly TuyaPerson[]): ExportTable {
  const columns: ExportColumn<TuyaPerson>[] = [
    { header: words.name, value: (p) => p.name },
    { header: words.personCode, value: (p) => p.personCode },
    { header: words.organisation, value: (p) => (p.structureNames.length > 0 ? p.structureNames.join('; ') : p.structureName) },
    { header: words.enabled, value: (p) => (p.enabled ? words.enabledYes : words.enabledNo) },
    { header: words.mobile, value: (p) => [p.mobileCountry, p.mobile].filter(Boolean).join(' ') },
    { header: words.email, value: (p) => p.email },
    { header: words.face, value: (p) => (p.imagePath ? words.yes : words.no) },
  ]
  return exportTable(words.title, columns, persons)
}
