import { connect } from 'node:net'
import { expect, it } from 'vitest'
import { pingOnNewConnection, upgradeRequest, useBuiltHost } from './host-fixtures'

const built = useBuiltHost()

const ROUNDS = 200

/** Sends an upgrade without the secret and resets the connection as soon as it is written. */
function refusedThenReset(): Promise<void> {
  return new Promise((resolve) => {
    const socket = connect(built.address.port, '127.0.0.1', () => {
      socket.write(upgradeRequest(built.address, { 'sec-websocket-protocol': 'fieldkey.v1' }), () => socket.resetAndDestroy())
    })
    socket.on('error', () => undefined)
    socket.once('close', () => resolve())
  })
}

it('survives clients that reset right after asking for an upgrade it refuses', async () => {
  for (let round = 0; round < ROUNDS; round++) await refusedThenReset()
  await Promise.all(Array.from({ length: 20 }, refusedThenReset))
  expect(await pingOnNewConnection(built.address)).toMatchObject({ ok: true, value: { message: 'still here' } })
  expect(built.stderr()).not.toMatch(/ECONNRESET|EPIPE/)
})
