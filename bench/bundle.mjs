// Bundles one TypeScript entry of this repository (with the `@shared` and `@fieldkey/sandbox`
// aliases) into a single ES module that plain Node runs: the benchmark and the crash-test child
// use it, so neither needs a TypeScript loader. Uses Vite, already a dependency; Node built-ins stay external.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join, resolve } from 'node:path'
import { build } from 'vite'

const root = resolve(import.meta.dirname, '..')

/**
 * Returns the path of the bundled `.mjs`. `external` packages stay imports, resolved from
 * `outDir` (so give one inside the repository, where `node_modules` is found).
 */
export async function bundle(entry, outDir = mkdtempSync(join(tmpdir(), 'fk-bundle-')), external = []) {
  const name = basename(entry).replace(/\.ts$/, '')
  await build({
    configFile: false,
    root,
    logLevel: 'error',
    resolve: { alias: { '@shared': join(root, 'src/shared'), '@fieldkey/sandbox': join(root, 'packages/sandbox/src') } },
    ssr: { noExternal: true, target: 'node' },
    build: {
      ssr: resolve(root, entry),
      outDir,
      emptyOutDir: false,
      minify: false,
      target: 'node24',
      rollupOptions: { external, output: { format: 'es', entryFileNames: `${name}.mjs` } },
    },
  })
  return join(outDir, `${name}.mjs`)
}
