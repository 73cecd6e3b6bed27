import type { CachedDevice } from '../domain/devices'
import { type ExportColumn, type ExportTable, exportTable } from './table'

/** The words of a devices export: title, headers, and how a device's type and state are said in the installer's language. */
export interface DevicesExportWords {
  readonly title: string
  readonly name: string
  readonly type: string
  readonly building: string
  readonly mac: string
  readonly status: string
  readonly since: string
  readonly typeOf: (device: CachedDevice) => string
  readonly statusOf: (device: CachedDevice) => string
  readonly sinceOf: (device: CachedDevice) => string
}

/** Devices as a table: the building by name, the type and state in words. */
export function devicesExport(words: DevicesExportWords, devices: readonly CachedDevice[]): ExportTable {
  const columns: ExportColumn<CachedDevice>[] = [
    { header: words.name, value: (d) => d.name },
    { header: words.type, value: words.typeOf },
    { header: words.building, value: (d) => d.buildingName ?? '' },
    { header: words.mac, value: (d) => d.mac },
    { header: words.status, value: words.statusOf },
    { header: words.since, value: words.sinceOf },
  ]
  return exportTable(words.title, columns, devices)
}
