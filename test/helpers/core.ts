import { createCore, type Core } from '../../src/main/core'
import { silentLogger } from '../../src/main/log/logger'

/** The real main-process core as the headless host builds it, with a controllable network probe. */
export function testCore(options: { online?: () => boolean } = {}): Core {
  return createCore({
    runtime: 'headless',
    name: 'Fieldkey',
    version: '0.0.0-test',
    dataDir: '/tmp/fieldkey-test',
    electronVersion: null,
    chromeVersion: null,
    fetch: (url, init) => fetch(url, init),
    networkProbe: options.online ?? (() => true),
    keychainStatus: async () => ({ backend: 'memory', reason: 'test' }),
    logger: silentLogger,
  })
}
