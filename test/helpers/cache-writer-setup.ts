/**
 * Vitest global setup of the node project: bundles the cache writer thread once, as the build
 * does, and names it in FIELDKEY_CACHE_WRITER for every test process (and the processes they
 * spawn), so the syncs under test write through the real worker thread.
 */
import { bundle } from '../../bench/bundle.mjs'
import { CACHE_WRITER_ENV } from '../../src/main/store/cache/writer/open-cache-writer'

export default async function setup(): Promise<void> {
  process.env[CACHE_WRITER_ENV] = await bundle('src/main/store/cache/writer/cache-writer.worker.ts')
}
