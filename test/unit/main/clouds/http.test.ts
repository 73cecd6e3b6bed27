import { type IncomingMessage, type ServerResponse, createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { AppErrorException } from '@shared/errors'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { HttpTransport } from '../../../../src/main/clouds/http'
import { AdaptiveRateLimiter } from '../../../../src/main/clouds/adaptive-limiter'
import { RATE_TUNING } from '../../../../src/main/clouds/rate-controller'
import { silentLogger } from '../../../../src/main/log/logger'

/** A real HTTP server whose answers are scripted per test. */
let answers: Array<(res: ServerResponse) => void> = []
let hits: string[] = []
let base = ''
const server = createServer((req: IncomingMessage, res: ServerResponse) => {
  hits.push(`${req.method} ${req.url}`)
  const answer = answers.shift() ?? ((r: ServerResponse) => r.writeHead(200).end('ok'))
  answer(res)
})

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))
beforeEach(() => {
  answers = []
  hits = []
})

function transport(delays: number[] = [], extra: Partial<ConstructorParameters<typeof HttpTransport>[0]> = {}) {
  return new HttpTransport({
    fetch: (url, init) => fetch(url, init),
    logger: silentLogger,
    random: () => 0.5,
    sleep: async (ms) => {
      delays.push(ms)
    },
    ...extra,
  })
}

const status =
  (code: number, headers: Record<string, string> = {}) =>
  (res: ServerResponse) =>
    res.writeHead(code, headers).end('x')

describe('HttpTransport', () => {
  it('retries an idempotent read on 5xx until it succeeds', async () => {
    answers = [status(500), status(502), status(200)]
    const res = await transport().send({ method: 'GET', url: `${base}/r`, idempotent: true })
    expect(res.status).toBe(200)
    expect(res.attempts).toBe(3)
    expect(hits).toHaveLength(3)
  })

  it('never retries a write, even on 5xx', async () => {
    answers = [status(500), status(200)]
    const res = await transport().send({ method: 'POST', url: `${base}/w`, body: '{}', idempotent: false })
    expect(res.status).toBe(500)
    expect(hits).toHaveLength(1)
  })

  it('honours Retry-After on 429 (seconds) before retrying', async () => {
    answers = [status(429, { 'retry-after': '3' }), status(200)]
    const delays: number[] = []
    const res = await transport(delays).send({ method: 'GET', url: `${base}/r`, idempotent: true })
    expect(res.status).toBe(200)
    expect(delays[0]).toBeGreaterThanOrEqual(3000)
  })

  it('gives up after the policy and returns the last answer', async () => {
    answers = [status(503), status(503), status(503), status(503), status(200)]
    const res = await transport().send({ method: 'GET', url: `${base}/r`, idempotent: true })
    expect(res.status).toBe(503)
    expect(hits).toHaveLength(4)
  })

  it('maps a refused connection to a retryable network error', async () => {
    const closed = createServer()
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r))
    const port = (closed.address() as AddressInfo).port
    await new Promise<void>((r) => closed.close(() => r()))
    const error = await transport()
      .send({ method: 'GET', url: `http://127.0.0.1:${port}/`, idempotent: false })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AppErrorException)
    expect((error as AppErrorException).error).toMatchObject({ code: 'network', retryable: true })
  })

  it('times out through AbortSignal with a timeout error', async () => {
    answers = [() => undefined] // never answers
    const error = await transport()
      .send({ method: 'GET', url: `${base}/slow`, idempotent: false, timeoutMs: 100 })
      .catch((e: unknown) => e)
    expect((error as AppErrorException).error.code).toBe('timeout')
  })

  it('reports cancellation by the caller as cancelled, without retrying', async () => {
    const controller = new AbortController()
    // Cancelled once the server holds the request, which it never answers.
    answers = [() => controller.abort(), () => undefined]
    const pending = transport().send({ method: 'GET', url: `${base}/slow`, idempotent: true, signal: controller.signal })
    const error = await pending.catch((e: unknown) => e)
    expect((error as AppErrorException).error.code).toBe('cancelled')
    expect(hits).toHaveLength(1)
  })

  it('lets the vendor flag an HTTP-200 answer as throttled (Tuya 1110)', async () => {
    answers = [(res) => res.writeHead(200).end('{"code":1110}'), status(200)]
    const res = await transport().send(
      { method: 'GET', url: `${base}/r`, idempotent: true },
      { retryHint: (r) => (r.text.includes('1110') ? { retry: true, afterMs: 1000 } : null) },
    )
    expect(res.status).toBe(200)
    expect(res.attempts).toBe(2)
  })

  function pacedLimiter(perSecond: number) {
    const clock = { t: 0 }
    const waited: number[] = []
    const limiter = new AdaptiveRateLimiter({
      tuning: { ...RATE_TUNING, safeStartPerSecond: perSecond },
      now: () => clock.t,
      sleep: async (ms) => {
        waited.push(ms)
        clock.t += ms
      },
    })
    return { limiter, waited }
  }

  it('passes every request through the limiter of its key', async () => {
    const { limiter, waited } = pacedLimiter(2)
    const tr = transport([], { rateLimiter: limiter })
    for (const path of ['a', 'b', 'c']) await tr.send({ method: 'GET', url: `${base}/${path}`, idempotent: true, rateKey: 'c1/p1' })
    await tr.send({ method: 'GET', url: `${base}/d`, idempotent: true, rateKey: 'c1/p2' })
    // An idle key gains half an interval, then one request every 500 ms; another key has its own pace.
    expect(waited).toEqual([250, 500])
    expect(hits).toHaveLength(4)
  })

  it('holds the key back for the Retry-After of a 429 and slows it down', async () => {
    const { limiter, waited } = pacedLimiter(10)
    answers = [status(429, { 'retry-after': '2' }), status(200)]
    const tr = transport([], { rateLimiter: limiter })
    const res = await tr.send({ method: 'GET', url: `${base}/r`, idempotent: true, rateKey: 'c1/p1' })
    expect(res.status).toBe(200)
    expect(waited).toEqual([2000])
    expect(limiter.current('c1/p1')).toBeLessThan(10)
  })

  it('refuses a redirect without following or retrying it, even for a read', async () => {
    answers = [status(307, { location: 'http://127.0.0.1:9/steal' }), status(200)]
    const error = await transport()
      .send({ method: 'GET', url: `${base}/r`, idempotent: true })
      .catch((e: unknown) => e)
    expect((error as AppErrorException).error).toMatchObject({ code: 'redirect_refused', params: { from: base, to: 'http://127.0.0.1:9' } })
    expect(hits).toEqual(['GET /r'])
  })

  it('reads Electron net.fetch failing a manual redirect as a refused redirect', async () => {
    const error = await transport([], { fetch: () => Promise.reject(new Error('Redirect was cancelled')) })
      .send({ method: 'POST', url: `${base}/w`, idempotent: true })
      .catch((e: unknown) => e)
    expect((error as AppErrorException).error).toMatchObject({ code: 'redirect_refused', messageKey: 'errors.redirectHidden', params: { from: base } })
  })

  it('does not wait out a Retry-After longer than the call has left', async () => {
    answers = [status(503, { 'retry-after': '60' }), status(200)]
    const delays: number[] = []
    const res = await transport(delays).send({ method: 'GET', url: `${base}/r`, idempotent: true })
    expect(res.status).toBe(503)
    expect(delays).toEqual([])
  })

  it('refuses an answer over the configured size and does not retry it', async () => {
    answers = [(res) => res.writeHead(200).end('x'.repeat(600 * 1024)), status(200)]
    const error = await transport([], { maxResponseBytes: 512 * 1024 })
      .send({ method: 'GET', url: `${base}/big`, idempotent: true })
      .catch((e: unknown) => e)
    expect((error as AppErrorException).error).toMatchObject({ code: 'response_too_large', params: { origin: base, megabytes: 0.5 } })
    expect(hits).toHaveLength(1)
  })

  it('reads a binary answer byte for byte, retrying a 5xx like any read', async () => {
    const picture = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff, 0x10])
    answers = [status(502), (res) => res.writeHead(200, { 'content-type': 'image/png' }).end(picture)]
    const res = await transport().sendForBytes({ method: 'GET', url: `${base}/face.png`, idempotent: true }, 1024)
    expect(Array.from(res.bytes)).toEqual(Array.from(picture))
    expect(res.headers.get('content-type')).toBe('image/png')
    expect(hits).toHaveLength(2)
  })

  it('refuses a binary answer over its own cap, and a redirect, without following it', async () => {
    answers = [(res) => res.writeHead(200).end(Buffer.alloc(2048))]
    const big = await transport()
      .sendForBytes({ method: 'GET', url: `${base}/big.png`, idempotent: true }, 1024)
      .catch((e: unknown) => e)
    expect((big as AppErrorException).error).toMatchObject({ code: 'response_too_large' })
    answers = [status(302, { location: 'https://elsewhere.example/face.png' })]
    const moved = await transport()
      .sendForBytes({ method: 'GET', url: `${base}/moved.png`, idempotent: true }, 1024)
      .catch((e: unknown) => e)
    expect((moved as AppErrorException).error).toMatchObject({ code: 'redirect_refused', params: { to: 'https://elsewhere.example' } })
    expect(hits).toEqual(['GET /big.png', 'GET /moved.png'])
  })
})
