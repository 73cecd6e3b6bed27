import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { getConfig } from 'app-builder-lib/out/util/config/load'

export const ROOT = join(import.meta.dirname, '../..')
const require = createRequire(import.meta.url)

/** electron-builder.yml read by electron-builder's own loader, as `npm run dist` reads it. */
export async function builderConfig(): Promise<Record<string, unknown>> {
  const read = await getConfig<Record<string, unknown>>(
    { packageKey: 'build', configFilename: 'electron-builder', projectDir: ROOT, packageMetadata: null },
    join(ROOT, 'electron-builder.yml'),
  )
  if (!read) throw new Error('electron-builder.yml not found')
  return read.result
}

/** electron-builder's own JSON schema for its configuration (the one `electron-builder` validates with). */
export function builderSchema(): Record<string, unknown> {
  return JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as Record<string, unknown>
}
