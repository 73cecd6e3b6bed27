import { builtinModules } from 'node:module'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join, matchesGlob, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT, builderConfig } from '../helpers/builder-config'

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  main: string
  dependencies: Record<string, string>
  optionalDependencies: Record<string, string>
}
/** What electron-builder packs: the dependencies, and the optional ones that installed (keytar). */
const packaged = { ...pkg.dependencies, ...pkg.optionalDependencies }

/** electron-builder's `files`: included unless a later `!pattern` excludes it. */
function packed(path: string, patterns: readonly string[]): boolean {
  let included = false
  for (const pattern of patterns) {
    if (pattern.startsWith('!')) {
      if (matchesGlob(path, pattern.slice(1))) included = false
    } else if (matchesGlob(path, pattern)) included = true
  }
  return included
}

const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]))

describe('what the installers pack (after `npm run build`)', () => {
  it('holds the main entry package.json names, the preload and the renderer, all inside `files`', async () => {
    const files = (await builderConfig()).files as string[]
    const needed = [pkg.main.replace(/^\.\//, ''), 'out/preload/index.js', 'out/renderer/index.html', 'package.json']
    for (const path of needed) {
      expect(existsSync(join(ROOT, path)), `${path} is built`).toBe(true)
      expect(packed(path, files), `${path} is packed`).toBe(true)
    }
    const html = readFileSync(join(ROOT, 'out/renderer/index.html'), 'utf8')
    for (const [, src] of html.matchAll(/(?:src|href)="\.\/([^"]+)"/g)) {
      expect(existsSync(join(ROOT, 'out/renderer', src ?? '')), `index.html refers to ${src}`).toBe(true)
    }
  })

  it('needs at run time only Node, Electron and the packaged dependencies, never a devDependency', () => {
    const mainFiles = walk(join(ROOT, 'out/main')).filter((f) => f.endsWith('.js'))
    const bare = new Set<string>()
    for (const file of mainFiles) {
      for (const [, spec] of readFileSync(file, 'utf8').matchAll(/(?:require|import)\("([^"]+)"\)/g)) {
        if (spec && !spec.startsWith('.') && !spec.startsWith('node:') && !builtinModules.includes(spec)) bare.add(spec)
      }
    }
    const packageOf = (spec: string) =>
      spec
        .split('/')
        .slice(0, spec.startsWith('@') ? 2 : 1)
        .join('/')
    const missing = [...bare].map(packageOf).filter((name) => name !== 'electron' && !(name in packaged))
    expect(missing, `required by ${mainFiles.map((f) => relative(ROOT, f)).join(', ')}`).toEqual([])
    expect([...bare].map(packageOf)).toEqual(expect.arrayContaining(['electron-log', 'electron-updater', 'keytar']))
  })

  it('unpacks keytar’s native binding from the asar archive (it cannot load from inside it)', async () => {
    const unpack = (await builderConfig()).asarUnpack as string[]
    expect(unpack.some((pattern) => matchesGlob('node_modules/keytar/build/Release/keytar.node', pattern))).toBe(true)
  })

  it('the preload carries channel names only: no zod and no schemas (main validates), so it stays small', () => {
    const preload = readFileSync(join(ROOT, 'out/preload/index.js'), 'utf8')
    expect(preload).not.toMatch(/ZodError|safeParse|\$ZodType/)
    expect(preload).toContain('"sends:report"')
    expect(Buffer.byteLength(preload)).toBeLessThan(20 * 1024)
  })
})
