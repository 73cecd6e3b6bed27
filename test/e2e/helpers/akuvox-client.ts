import { type AkuvoxClient, createAkuvoxClient } from '../../../src/main/clouds/akuvox'
import { HttpTransport } from '../../../src/main/clouds/http'
import { createLogger, memorySink } from '../../../src/main/log/logger'
import { Redactor } from '../../../src/main/log/redact'
import type { SandboxesInfo } from '@fieldkey/sandbox'

/** An Akuvox client of the test itself, on the sandbox the app uses: someone else editing the cloud, over real HTTP. */
export function sandboxAkuvoxClient(info: SandboxesInfo['akuvox']): AkuvoxClient {
  const redactor = new Redactor()
  const logger = createLogger(memorySink(), redactor, { level: 'warn' })
  const { baseUrl, ...credentials } = info
  return createAkuvoxClient({ baseUrl, credentials, transport: new HttpTransport({ fetch: globalThis.fetch, logger }), logger, redactor })
}
