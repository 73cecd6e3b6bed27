import { MAX_FRAME_BYTES } from '@shared/ipc/wire'
import { describe, expect, it } from 'vitest'
import { clientFrame, closeCode, openClient, pingOnNewConnection, rawCloseCode, rawUpgradedSocket, useBuiltHost } from './host-fixtures'

const built = useBuiltHost()

const PONG = { ok: true, value: { message: 'still here' } }

describe('a client that breaks the WebSocket protocol loses only its own connection', () => {
  it('a frame over the size limit is closed with 1009', async () => {
    const ws = await openClient(built.address)
    ws.on('error', () => undefined)
    const closed = closeCode(ws)
    ws.send('x'.repeat(MAX_FRAME_BYTES + 1))
    expect(await closed).toBe(1009)
    expect(await pingOnNewConnection(built.address)).toMatchObject(PONG)
  })

  it('a text frame of invalid UTF-8 is closed with 1007', async () => {
    const ws = await openClient(built.address)
    ws.on('error', () => undefined)
    const closed = closeCode(ws)
    ws.send(Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), { binary: false })
    expect(await closed).toBe(1007)
    expect(await pingOnNewConnection(built.address)).toMatchObject(PONG)
  })

  it.each([
    ['reserved bits set', clientFrame(0x1, Buffer.from('{}'), { rsv: 0b011 })],
    ['an unknown opcode', clientFrame(0x3, Buffer.from('{}'))],
    ['a fragmented control frame', Buffer.from([0x09, 0x80, 0, 0, 0, 0])],
  ])('%s is closed with 1002', async (_what, frame) => {
    const socket = await rawUpgradedSocket(built.address)
    const closed = rawCloseCode(socket)
    socket.write(frame)
    expect(await closed).toBe(1002)
    socket.destroy()
    expect(await pingOnNewConnection(built.address)).toMatchObject(PONG)
  })

  it('a connection reset in the middle of a frame ends that connection only', async () => {
    const socket = await rawUpgradedSocket(built.address)
    socket.write(clientFrame(0x1, Buffer.from('{"type":"invoke"')).subarray(0, 10))
    socket.resetAndDestroy()
    expect(await pingOnNewConnection(built.address)).toMatchObject(PONG)
  })

  it('other clients keep their connection through all of it', async () => {
    const bystander = await openClient(built.address)
    const bad = await openClient(built.address)
    bad.on('error', () => undefined)
    const closed = closeCode(bad)
    bad.send(Buffer.from([0xc3, 0x28]), { binary: false })
    expect(await closed).toBe(1007)
    const answer = new Promise((resolve) => bystander.once('message', (data) => resolve(JSON.parse(String(data)))))
    bystander.send(JSON.stringify({ type: 'invoke', id: 9, channel: 'app:ping', input: { message: 'still here' } }))
    expect(await answer).toMatchObject({ id: 9, result: PONG })
    bystander.close()
  })
})
