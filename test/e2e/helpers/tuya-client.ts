import { HttpTransport } from '../../../src/main/clouds/http'
import { type TuyaClient, createTuyaClient } from '../../../src/main/clouds/tuya'
import { createLogger, memorySink } from '../../../src/main/log/logger'
import { Redactor } from '../../../src/main/log/redact'
import type { SandboxesInfo } from '@fieldkey/sandbox'

/** A Tuya client of the test itself, on the sandbox the app uses: it reads the cloud's state over real HTTP. */
export function sandboxTuyaClient(info: SandboxesInfo['tuya']): TuyaClient {
  const redactor = new Redactor()
  const logger = createLogger(memorySink(), redactor, { level: 'warn' })
  return createTuyaClient({
    baseUrl: info.baseUrl,
    credentials: { accessId: info.accessId, accessSecret: info.accessSecret },
    projectId: info.projectId,
    transport: new HttpTransport({ fetch: globalThis.fetch, logger }),
    logger,
    redactor,
    retry: { maxAttempts: 4, baseDelayMs: 2, maxDelayMs: 10 },
  })
}
