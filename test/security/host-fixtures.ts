import { randomBytes } from 'node:crypto'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { connect as tcpConnect, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { KEY_PROTOCOL_PREFIX, WIRE_PATH, WIRE_PROTOCOL } from '@shared/ipc/wire'
import { afterAll, beforeAll } from 'vitest'
import WebSocket from 'ws'
import type { FetchLike } from '../../src/main/clouds/http'
import { startHeadlessHost } from '../../src/main/headless/host'
import { silentLogger } from '../../src/main/log/logger'
import { type RunningHost, startHost } from '../e2e/helpers/host'
import { testCore } from '../helpers/core'

/** Where a test reaches a host: its page origin, its port and the secret it printed. */
export interface HostAddress {
  readonly origin: string
  readonly port: number
  readonly secret: string
}

function addressOf(host: { readonly url: string; readonly origin: string; readonly port: number }): HostAddress {
  return { origin: host.origin, port: host.port, secret: new URL(host.url).hash.replace(/^#key=/, '') }
}

/**
 * Every cloud call of the core goes through its `fetch`: this one lets only loopback through (the
 * demo sandboxes), so no frame a test sends can make the host reach past this machine.
 */
const loopbackOnlyFetch: FetchLike = (url, init) => {
  const { hostname, host } = new URL(url)
  if (hostname !== '127.0.0.1') return Promise.reject(new TypeError(`test host: no network beyond loopback (${host})`))
  return fetch(url, init)
}

export interface InProcessHost extends HostAddress {
  close(): Promise<void>
}

/** The real host and core in this process, over a temp data folder and a one-page renderer. */
export async function startInProcessHost(): Promise<InProcessHost> {
  const rendererDir = mkdtempSync(join(tmpdir(), 'fk-security-renderer-'))
  writeFileSync(join(rendererDir, 'index.html'), '<html><head><script type="module" src="./assets/index.js"></script></head></html>')
  const core = testCore({ fetch: loopbackOnlyFetch })
  const host = await startHeadlessHost({ core, rendererDir, logger: silentLogger })
  return {
    ...addressOf(host),
    async close() {
      await host.close()
      await core.close()
    },
  }
}

/**
 * The built host as `npm run web` runs it, in its own process, for a test file: a fault that
 * escapes ends that process, and the next ping finds nobody listening.
 */
export function useBuiltHost(): { readonly address: HostAddress; readonly stderr: () => string } {
  let host: RunningHost | undefined
  beforeAll(async () => {
    host = await startHost()
  })
  afterAll(() => host?.stop())
  const started = (): RunningHost => {
    if (!host) throw new Error('the built host has not started (use it inside a test)')
    return host
  }
  return {
    get address() {
      return addressOf(started())
    },
    stderr: () => started().stderr.join(''),
  }
}

function protocols(address: HostAddress): string[] {
  return [WIRE_PROTOCOL, `${KEY_PROTOCOL_PREFIX}${address.secret}`]
}

/** An authenticated client, as the web bridge connects. */
export function openClient(address: HostAddress, options: WebSocket.ClientOptions = {}): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${address.port}${WIRE_PATH}`, protocols(address), { origin: address.origin, ...options })
    ws.once('open', () => resolve(ws))
    ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)))
    ws.once('error', reject)
  })
}

/** The code the host closed `ws` with. */
export function closeCode(ws: WebSocket): Promise<number> {
  return new Promise((resolve) => ws.once('close', (code) => resolve(code)))
}

/** `app:ping` on a fresh connection: the host is up and still serves the contract. */
export async function pingOnNewConnection(address: HostAddress, message = 'still here'): Promise<unknown> {
  const ws = await openClient(address)
  try {
    return await new Promise((resolve) => {
      ws.once('message', (data) => resolve((JSON.parse(String(data)) as { result: unknown }).result))
      ws.send(JSON.stringify({ type: 'invoke', id: 1, channel: 'app:ping', input: { message } }))
    })
  } finally {
    ws.close()
  }
}

/** The raw upgrade request the bridge's WebSocket sends, with the given headers over it. */
export function upgradeRequest(address: HostAddress, headers: Readonly<Record<string, string>> = {}): string {
  const all: Record<string, string> = {
    host: `127.0.0.1:${address.port}`,
    origin: address.origin,
    upgrade: 'websocket',
    connection: 'Upgrade',
    'sec-websocket-key': randomBytes(16).toString('base64'),
    'sec-websocket-version': '13',
    'sec-websocket-protocol': protocols(address).join(', '),
    ...headers,
  }
  return [`GET ${WIRE_PATH} HTTP/1.1`, ...Object.entries(all).map(([k, v]) => `${k}: ${v}`), '', ''].join('\r\n')
}

/** A TCP socket to the host that has completed an authenticated upgrade (the 101 is consumed). */
export function rawUpgradedSocket(address: HostAddress): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = tcpConnect(address.port, '127.0.0.1', () => socket.write(upgradeRequest(address)))
    let head = Buffer.alloc(0)
    const onData = (chunk: Buffer): void => {
      head = Buffer.concat([head, chunk])
      const end = head.indexOf('\r\n\r\n')
      if (end < 0) return
      socket.off('data', onData)
      const status = head.subarray(0, end).toString()
      if (!status.startsWith('HTTP/1.1 101')) return reject(new Error(status))
      if (head.length > end + 4) socket.unshift(head.subarray(end + 4))
      resolve(socket)
    }
    socket.on('data', onData)
    socket.once('error', reject)
  })
}

/** A masked client frame written by hand, so it can break rules a real client never would. */
export function clientFrame(opcode: number, payload: Buffer, options: { readonly rsv?: number } = {}): Buffer {
  if (payload.length > 125) throw new Error('hand-made frames stay short')
  const mask = randomBytes(4)
  const masked = Buffer.from(payload.map((byte, i) => byte ^ mask[i % 4]!))
  return Buffer.concat([Buffer.from([0x80 | ((options.rsv ?? 0) << 4) | opcode, 0x80 | payload.length]), mask, masked])
}

/** The status code of the first close frame the host sends on a raw socket (null: none came). */
export function rawCloseCode(socket: Socket): Promise<number | null> {
  return new Promise((resolve) => {
    let data = Buffer.alloc(0)
    socket.on('data', (chunk: Buffer) => {
      data = Buffer.concat([data, chunk])
      if (data.length >= 4 && (data[0]! & 0x0f) === 0x8) resolve(data.readUInt16BE(2))
    })
    socket.on('error', () => undefined)
    socket.once('close', () => resolve(null))
  })
}
