// `npm test` step: fails on any import cycle in src (type-only imports count: a cycle of types is
// still two modules that cannot be understood apart). Usage: node scripts/check-cycles.mjs [DIR]
import madge from 'madge'
import { join } from 'node:path'
import { root } from './lib.mjs'

export async function importCycles(dir) {
  const graph = await madge(dir, {
    fileExtensions: ['ts', 'tsx'],
    tsConfig: join(root, 'tsconfig.web.json'),
    detectiveOptions: { ts: { skipTypeImports: false }, tsx: { skipTypeImports: false } },
  })
  return graph.circular()
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? join(root, 'src')
  const cycles = await importCycles(dir)
  for (const cycle of cycles) console.log(`import cycle: ${[...cycle, cycle[0]].join(' → ')}`)
  console.log(cycles.length ? `${cycles.length} import cycle(s) in ${dir}` : `no import cycles in ${dir}`)
  process.exit(cycles.length ? 1 : 0)
}
