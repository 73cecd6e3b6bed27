import { describe, expect, it } from 'vitest'
import { HttpTransport } from '../../../../../src/main/clouds/http'
import { AdaptiveRateLimiter, type Release } from '../../../../../src/main/clouds/adaptive-limiter'
import { createTuyaClient } from '../../../../../src/main/clouds/tuya'
import { silentLogger } from '../../../../../src/main/log/logger'
import { AppErrorException } from '../../../../../src/shared/errors'
import { REGIONS } from '../../../../../src/shared/domain/regions'

const credentials = { accessId: 'id', accessSecret: 'secret' }

function answer(result: unknown): Response {
  return new Response(JSON.stringify({ success: true, result, t: Date.now(), tid: 'tid' }), { status: 200 })
}

describe('Tuya client wiring', () => {
  it('accepts the region presets and refuses plain http off loopback', () => {
    const transport = new HttpTransport({ fetch: globalThis.fetch, logger: silentLogger })
    for (const { baseUrl } of REGIONS.tuya)
      expect(() => createTuyaClient({ baseUrl, credentials, projectId: 'p', transport, logger: silentLogger })).not.toThrow()
    expect(() => createTuyaClient({ baseUrl: 'http://openapi.tuyaeu.com', credentials, projectId: 'p', transport, logger: silentLogger })).toThrow(
      AppErrorException,
    )
  })

  it('sends every call through the limiter key of its connection and project, GET params in the query, writes as exact JSON bodies', async () => {
    const keys: string[] = []
    class SpyLimiter extends AdaptiveRateLimiter {
      override async acquire(key: string, signal?: AbortSignal): Promise<Release> {
        keys.push(key)
        return super.acquire(key, signal)
      }
    }
    const requests: { url: string; init: RequestInit }[] = []
    const fetch = async (url: string, init: RequestInit): Promise<Response> => {
      requests.push({ url, init })
      if (url.includes('/v1.0/token')) return answer({ access_token: 'a'.repeat(32), refresh_token: 'r'.repeat(32), expire_time: 7200, uid: 'u' })
      if (init.method === 'GET') return answer({ total: 0, list: [] })
      return answer(true)
    }
    const transport = new HttpTransport({ fetch, logger: silentLogger, rateLimiter: new SpyLimiter() })
    const client = createTuyaClient({
      baseUrl: 'https://openapi.tuyaeu.com',
      credentials,
      projectId: 'p1',
      transport,
      logger: silentLogger,
      nonce: () => 'n',
      rateScope: 'c1',
    })
    await client.listPersons({ name: 'Ana', enabled: true })
    await client.disablePersons(['x', 'y'])
    expect(new Set(keys)).toEqual(new Set(['c1/p1']))
    const list = requests.find((r) => r.url.includes('/personnel?'))
    expect(list?.url).toBe('https://openapi.tuyaeu.com/v1.0/iot-02/building/personnel?enabled=1&name=Ana&page=1&page_size=50&project_id=p1')
    expect(list?.init.body).toBeUndefined()
    const disable = requests.find((r) => r.url.endsWith('/actions/disable'))
    expect(disable?.init.body).toBe('{"projectId":"p1","personIdList":["x","y"]}')
    const headers = disable?.init.headers as Record<string, string>
    expect(headers).toMatchObject({ client_id: 'id', sign_method: 'HMAC-SHA256', nonce: 'n', access_token: 'a'.repeat(32), 'content-type': 'application/json' })
    expect(headers.sign).toMatch(/^[0-9A-F]{64}$/)
    expect(headers.t).toMatch(/^\d{13}$/)
  })
})
