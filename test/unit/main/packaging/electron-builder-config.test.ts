import { Ajv } from 'ajv'
import { describe, expect, it } from 'vitest'
import { builderConfig, builderSchema } from '../../../helpers/builder-config'

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
  })

  it('publishes to the GitHub release feed, keeps the fuses on and keytar unpacked', async () => {
    const config = await builderConfig()
    expect(config.publish).toEqual({ provider: 'github', owner: 'fieldkey', repo: 'fieldkey', releaseType: 'release' })
    expect(config.electronFuses).toMatchObject({ runAsNode: false, onlyLoadAppFromAsar: true, enableEmbeddedAsarIntegrityValidation: true })
    expect(config.asarUnpack).toContain('**/node_modules/keytar/**/*.node')
  })
})
