import { ERROR_CODES } from '@shared/errors'
import { type InvokeChannel, invokeChannels } from '@shared/ipc'
import fc from 'fast-check'
import { afterAll, beforeAll, expect, it } from 'vitest'
import type WebSocket from 'ws'
import { z } from 'zod'
import { HOSTILE_KEYS, MONSTERS, POISON, fromSchema, jsonSchemaOf, vocabulary, wrongValue } from './fuzz-arbitraries'
import { type InProcessHost, closeCode, openClient, pingOnNewConnection, startInProcessHost } from './host-fixtures'

/*
 * A seeded fuzzer over the real host and core in this process (a temp data folder, the demo
 * clouds on loopback). Every channel of the contract is called, none left out: the core's only
 * way out of the machine is its `fetch`, which the fixture limits to loopback, and the contract has
 * no channel that opens files, windows or the shell, or quits. Unknown channels, hostile keys,
 * huge and deep inputs, binary and non-JSON frames come along. The same seed replays the same run.
 */
const SEED = 20_261_206
const INVOKES = 10_000
const HOSTILE = 1_000
const CONNECTIONS = 4
/** Invokes each connection keeps in flight. */
const IN_FLIGHT = 25

const CHANNELS = Object.keys(invokeChannels) as InvokeChannel[]
const UNKNOWN_CHANNELS = ['fs:read', 'shell:openExternal', 'app:quit', 'app:ping ', 'APP:PING', ...HOSTILE_KEYS, 'x'.repeat(100)]

const replySchema = z
  .object({
    type: z.literal('result'),
    id: z.number(),
    result: z.union([
      z.object({ ok: z.literal(true), value: z.unknown() }).strict(),
      z.object({ ok: z.literal(false), error: z.looseObject({ code: z.enum(ERROR_CODES), messageKey: z.string().min(1), retryable: z.boolean() }) }).strict(),
    ]),
  })
  .strict()
type Reply = z.infer<typeof replySchema>

interface Planned {
  readonly channel: string
  /** The frame without its id: `{"type":"invoke","id":` + id + this. */
  readonly rest: string
}

let host: InProcessHost
const escaped: unknown[] = []
const recordEscape = (error: unknown): void => void escaped.push(error)
const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort()

beforeAll(async () => {
  process.on('uncaughtException', recordEscape)
  process.on('unhandledRejection', recordEscape)
  host = await startInProcessHost()
})
afterAll(async () => {
  await host.close()
  process.off('uncaughtException', recordEscape)
  process.off('unhandledRejection', recordEscape)
})

/** A client that sends frames and awaits the replies to their ids, skipping event frames. */
async function client(): Promise<{ ws: WebSocket; send(id: number, text: string): Promise<unknown> }> {
  const ws = await openClient(host)
  const waiting = new Map<number, (reply: unknown) => void>()
  ws.on('message', (data) => {
    const frame = JSON.parse(String(data)) as { type: string; id: number }
    if (frame.type === 'result') waiting.get(frame.id)?.(frame)
  })
  return {
    ws,
    send: (id, text) =>
      new Promise((resolve) => {
        waiting.set(id, resolve)
        ws.send(text)
      }),
  }
}

/** The demo sites' connection and project ids, so valid-looking inputs reach real rows. */
async function existingIds(): Promise<string[]> {
  const { send, ws } = await client()
  const ids: string[] = []
  let id = 0
  for (const vendor of ['akuvox', 'tuya']) {
    const added = (await send(++id, JSON.stringify({ type: 'invoke', id, channel: 'connections:openDemo', input: { vendor } }))) as Reply
    if (!added.result.ok) throw new Error(`the ${vendor} demo did not open`)
    const connectionId = (added.result.value as { id: string }).id
    const projects = (await send(++id, JSON.stringify({ type: 'invoke', id, channel: 'projects:list', input: { id: connectionId } }))) as Reply
    ids.push(connectionId, ...(projects.result.ok ? (projects.result.value as { id: string }[]).map((p) => p.id) : []))
  }
  ws.close()
  return ids
}

function plan(ids: readonly string[]): Planned[] {
  const idPool = fc.constantFrom(...ids)
  const schemas = CHANNELS.map((channel) => jsonSchemaOf(invokeChannels[channel].input))
  const { keys, values } = vocabulary(schemas)
  const wrong = wrongValue(keys, values)
  const shaped = schemas.map((schema) => fromSchema(schema, idPool))
  const input = (index: number): fc.Arbitrary<unknown> =>
    fc.oneof(
      { weight: 5, arbitrary: shaped[index]! },
      { weight: 1, arbitrary: shaped[index]!.map((value) => (typeof value === 'object' && value !== null ? { ...value, ...POISON } : POISON)) },
      { weight: 3, arbitrary: wrong },
      { weight: 1, arbitrary: fc.constant(undefined) },
    )
  const known = fc.integer({ min: 0, max: CHANNELS.length - 1 }).chain((index) => input(index).map((value) => ({ channel: CHANNELS[index]!, value })))
  const unknown = fc.record({ channel: fc.oneof(fc.constantFrom(...UNKNOWN_CHANNELS), fc.string({ maxLength: 100 })), value: wrong })
  const frames = fc.sample(fc.oneof({ weight: 9, arbitrary: known }, { weight: 1, arbitrary: unknown }), { seed: SEED, numRuns: INVOKES })
  return frames.map(({ channel, value }, i) => {
    const text = i % 500 === 499 ? MONSTERS[((i / 500) % MONSTERS.length) | 0]!() : value === undefined ? undefined : JSON.stringify(value)
    return { channel, rest: `,"channel":${JSON.stringify(channel)}${text === undefined ? '' : `,"input":${text}`}}` }
  })
}

interface HostileFrame {
  readonly data: string | Buffer
  /** The close code it must earn; none when it carries an id the host answers. */
  readonly closeCode: 1003 | 1007 | undefined
}

/** Frames that are not proper invokes: those with an id get an answer, the rest end the connection. */
function hostileFrames(): HostileFrame[] {
  const data = fc.sample(
    fc.oneof(
      fc.string({ maxLength: 200, unit: 'binary' }),
      fc.constantFrom('', '{', 'null', '[]', '"invoke"', '{"type":"invoke"}', '{"id":-1}', '{"id":1.5}', '{"id":"1"}', 'NaN'),
      fc.jsonValue().map((v) => JSON.stringify({ type: 'result', id: 7, v })),
      fc.constant('{"type":"invoke","id":8,"channel":"app:ping","input":{"message":"x"},"__proto__":{"polluted":"yes"}}'),
      fc.constant(`{"type":"invoke","id":9,"channel":"${'a'.repeat(101)}"}`),
      fc.uint8Array({ maxLength: 64 }).map((bytes) => Buffer.from(bytes)),
    ),
    { seed: SEED + 1, numRuns: HOSTILE },
  )
  return data.map((d) => ({ data: d, closeCode: Buffer.isBuffer(d) ? 1003 : carriesId(d) ? undefined : 1007 }))
}

/** Whether the host finds an id to answer in this text (as its own probe does). */
function carriesId(text: string): boolean {
  try {
    const id = (JSON.parse(text) as { id?: unknown }).id
    return typeof id === 'number' && Number.isInteger(id) && id >= 0
  } catch {
    return false
  }
}

it(`survives ${INVOKES} fuzzed invokes and ${HOSTILE} hostile frames, answering each invoke with a Result`, { timeout: 180_000 }, async () => {
  const planned = plan(await existingIds())
  const replies: { channel: string; reply: unknown }[] = []

  const invokeStream = async (slice: readonly Planned[]): Promise<void> => {
    const { ws, send } = await client()
    let next = 0
    const lane = async (): Promise<void> => {
      for (let i = next++; i < slice.length; i = next++) {
        const frame = slice[i]!
        replies.push({ channel: frame.channel, reply: await send(i + 1, `{"type":"invoke","id":${i + 1}${frame.rest}`) })
      }
    }
    await Promise.all(Array.from({ length: IN_FLIGHT }, lane))
    ws.close()
  }

  const closes: number[] = []
  const hostileStream = async (): Promise<void> => {
    let ws = await openClient(host)
    for (const frame of hostileFrames()) {
      const outcome = new Promise<{ reply?: unknown; close?: number }>((resolve) => {
        ws.on('message', (data) => {
          const reply = JSON.parse(String(data)) as { type: string }
          if (reply.type !== 'event') resolve({ reply })
        })
        void closeCode(ws).then((close) => resolve({ close }))
      })
      ws.send(frame.data, { binary: Buffer.isBuffer(frame.data) })
      const { reply, close } = await outcome
      ws.removeAllListeners('message').removeAllListeners('close')
      if (close !== undefined) {
        closes.push(close)
        expect(close, String(frame.data)).toBe(frame.closeCode)
        ws = await openClient(host)
      } else {
        expect(frame.closeCode, String(frame.data)).toBeUndefined()
        expect(replySchema.safeParse(reply).success, JSON.stringify(reply)).toBe(true)
      }
    }
    ws.close()
  }

  const share = Math.ceil(planned.length / CONNECTIONS)
  await Promise.all([...Array.from({ length: CONNECTIONS }, (_, i) => invokeStream(planned.slice(i * share, (i + 1) * share))), hostileStream()])

  expect(replies).toHaveLength(INVOKES)
  const malformed = replies.filter(({ reply }) => !replySchema.safeParse(reply).success)
  expect(malformed.slice(0, 5)).toEqual([])
  const perChannel = new Map<string, number>()
  for (const { channel } of replies) perChannel.set(channel, (perChannel.get(channel) ?? 0) + 1)
  for (const channel of CHANNELS) expect(perChannel.get(channel) ?? 0, channel).toBeGreaterThanOrEqual(50)
  expect(closes.length).toBeGreaterThan(100)

  expect(escaped).toEqual([])
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore)
  expect(({} as { polluted?: unknown }).polluted).toBeUndefined()
  expect(await pingOnNewConnection(host)).toMatchObject({ ok: true, value: { message: 'still here' } })
})
