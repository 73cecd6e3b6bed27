import { toCsv } from '@shared/csv/write'
import { zipFiles } from '@shared/sends/zip'
import type { PackContext } from './pack-context'
import { coverFacts, summaryFacts } from './pack-cover'
import { PACK_SECTIONS } from './pack-sections'

/** The pack as CSV files in one zip: the cover and summary in site.csv, then one file per section with one row per item. */
export function packZip(ctx: PackContext): Uint8Array {
  const facts = [...coverFacts(ctx), ...summaryFacts(ctx)]
  return zipFiles(
    [
      {
        name: 'site.csv',
        text: toCsv(
          facts.map(([label]) => label),
          [facts.map(([, value]) => value)],
        ),
      },
      ...PACK_SECTIONS.filter((s) => s.applies(ctx)).map((s) => ({ name: s.file, text: toCsv(s.columns(ctx), s.rows(ctx)) })),
    ],
    new Date(ctx.data.generatedAt),
  )
}
