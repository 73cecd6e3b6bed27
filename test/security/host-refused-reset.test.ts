import { connect } from 'node:net'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { type RunningHost, startHost } from '../e2e/helpers/host'
import { type HostAddress, addressOf, pingOnNewConnection, upgradeRequest } from './host-fixtures'

let host: RunningHost
let address: HostAddress
beforeAll(async () => {
  host = await startHost()
  address = addressOf(host)
})
afterAll(() => host.stop())

const ROUNDS = 200

/** Sends an upgrade without the secret and resets the connection as soon as it is written. */
function refusedThenReset(): Promise<void> {
  return new Promise((resolve) => {
    const socket = connect(address.port, '127.0.0.1', () => {
      socket.write(upgradeRequest(address, { 'sec-websocket-protocol': 'fieldkey.v1' }), () => socket.resetAndDestroy())
    })
    socket.on('error', () => undefined)
    socket.once('close', () => resolve())
  })
}

it('survives clients that reset right after asking for an upgrade it refuses', async () => {
  for (let round = 0; round < ROUNDS; round++) await refusedThenReset()
  await Promise.all(Array.from({ length: 20 }, refusedThenReset))
  expect(await pingOnNewConnection(address)).toMatchObject({ ok: true, value: { message: 'still here' } })
  expect(host.stderr.join('')).not.toMatch(/ECONNRESET|EPIPE/)
})
