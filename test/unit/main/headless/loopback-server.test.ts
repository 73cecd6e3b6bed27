import { request } from 'node:http'
import { describe, expect, it } from 'vitest'
import { listenLoopback } from '../../../../src/main/headless/loopback-server'

describe("the headless host's loopback listener", () => {
  it('listens on 127.0.0.1 only, on a random port when asked for 0', async () => {
    const server = await listenLoopback(
      async (_req, res) => void res.end('ok'),
      0,
      () => undefined,
    )
    try {
      expect(server.server.address()).toMatchObject({ address: '127.0.0.1', port: server.port })
      expect(server.port).toBeGreaterThan(0)
      expect(await (await fetch(server.baseUrl)).text()).toBe('ok')
    } finally {
      await server.close()
    }
  })

  it('a handler that throws answers a plain 500 and reports the error; the server keeps serving', async () => {
    const errors: unknown[] = []
    let calls = 0
    const server = await listenLoopback(
      async (_req, res) => {
        calls += 1
        if (calls === 1) throw new Error('boom')
        res.end('fine')
      },
      0,
      (error) => errors.push(error),
    )
    try {
      const first = await fetch(server.baseUrl)
      expect(first.status).toBe(500)
      expect(await first.text()).toBe('')
      expect(errors).toEqual([new Error('boom')])
      expect(await (await fetch(server.baseUrl)).text()).toBe('fine')
    } finally {
      await server.close()
    }
  })

  it('close ends a held-open connection instead of waiting for it', async () => {
    const server = await listenLoopback(
      async () => undefined,
      0,
      () => undefined,
    )
    const closed = new Promise<string>((resolve) => {
      const req = request(server.baseUrl, { agent: false })
      req.on('error', (error) => resolve(error.message))
      req.end()
    })
    // The handler never answers: only close() can end this request.
    await new Promise<void>((resolve) => server.server.once('request', () => resolve()))
    await server.close()
    expect(await closed).toMatch(/socket hang up|ECONNRESET/)
  })
})
