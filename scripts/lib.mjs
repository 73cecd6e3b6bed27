// Helpers shared by the npm scripts (plain Node, no dependencies).
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

export const root = new URL('..', import.meta.url).pathname

/** True when the Electron binary was downloaded (its installer writes path.txt); false where it is blocked. */
export function hasElectronBinary() {
  try {
    return existsSync(join(dirname(createRequire(import.meta.url).resolve('electron/package.json')), 'path.txt'))
  } catch {
    return false
  }
}

export function requireNode24() {
  const major = Number(process.versions.node.split('.')[0])
  if (major < 24) {
    console.error(
      `Fieldkey needs Node 24 (found ${process.versions.node}). Run it through npm (npm start, npm test), which uses the Node 24 the project installs.`,
    )
    process.exit(1)
  }
}

function newestMtime(dir) {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs)
  }
  return newest
}

/** Builds out/ with electron-vite when it is missing or older than any source file. */
export function buildIfNeeded() {
  const marker = join(root, 'out/main/headless.js')
  const stale = !existsSync(marker) || newestMtime(join(root, 'src')) > statSync(marker).mtimeMs
  if (!stale) return
  console.error('Building Fieldkey…')
  const result = spawnSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  if (result.status !== 0) {
    console.error('The build failed (see above).')
    process.exit(result.status ?? 1)
  }
}
