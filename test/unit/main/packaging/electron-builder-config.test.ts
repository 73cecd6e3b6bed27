import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv } from 'ajv'
import { describe, expect, it } from 'vitest'
import { ROOT, builderConfig, builderSchema } from '../../../helpers/builder-config'

/** The entitlements a plist switches on (`<key>…</key><true/>`). */
const entitlementsIn = (file: string): string[] =>
  [...readFileSync(join(ROOT, file), 'utf8').matchAll(/<key>([^<]+)<\/key>\s*<true\/>/g)].map((m) => m[1] as string).sort()

const compile = () => new Ajv({ allErrors: true, strict: false }).compile(builderSchema())

describe('electron-builder.yml', () => {
  it('validates against electron-builder’s own configuration schema', async () => {
    const validate = compile()
    const valid = validate(await builderConfig())
    expect(validate.errors ?? []).toEqual([])
    expect(valid).toBe(true)
  })

  it('is caught when it is wrong: an unknown key or a bad value fails the schema', async () => {
    const validate = compile()
    const config = await builderConfig()
    expect(validate({ ...config, asarr: true })).toBe(false)
    expect(validate({ ...config, publish: { provider: 'github', owner: 42 } })).toBe(false)
    // electron-builder 26 moved the publisher name under signtoolOptions.
    expect(validate({ ...config, win: { ...(config.win as object), publisherName: 'Fieldkey' } })).toBe(false)
  })

  it('signs macOS with the hardened runtime and only the entitlements Electron needs to start and reach the clouds', async () => {
    const mac = (await builderConfig()).mac as Record<string, unknown>
    expect(mac).toMatchObject({ hardenedRuntime: true, entitlements: 'build/entitlements.mac.plist', entitlementsInherit: 'build/entitlements.mac.plist' })
    expect(entitlementsIn('build/entitlements.mac.plist')).toEqual(['com.apple.security.cs.allow-jit', 'com.apple.security.network.client'])
  })

  it('installs a Windows update only when it is signed by our publisher', async () => {
    const win = (await builderConfig()).win as Record<string, unknown>
    expect(win.verifyUpdateCodeSignature).toBe(true)
    expect(win.signtoolOptions).toEqual({ publisherName: ['Fieldkey'] })
  })

  it('publishes to the GitHub release feed, keeps the fuses on and keytar unpacked', async () => {
    const config = await builderConfig()
    expect(config.publish).toEqual({ provider: 'github', owner: 'fieldkey', repo: 'fieldkey', releaseType: 'release' })
    expect(config.electronFuses).toMatchObject({ runAsNode: false, onlyLoadAppFromAsar: true, enableEmbeddedAsarIntegrityValidation: true })
    expect(config.asarUnpack).toContain('**/node_modules/keytar/**/*.node')
  })
})
