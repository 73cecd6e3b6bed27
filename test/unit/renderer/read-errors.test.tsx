import type { CachedDevice } from '@shared/domain/devices'
import type { AppError } from '@shared/errors'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { CONNECTION, SCOPE } from './access-groups-fixtures'
import { withViewport } from './people-fixtures'
import { installApi, renderUi } from './render'

withViewport()

/**
 * Reads that used to drop their failure (`.then(r => r.ok && set(r.value))`): the screen showed
 * an empty filter or loaded forever. Each failure now shows where the data would be, with Try again.
 */
const unavailable: AppError = { code: 'unavailable', messageKey: 'errors.coreUnavailable', retryable: true }
const LOBBY: CachedDevice = {
  deviceId: 'd1',
  name: 'Lobby door',
  deviceType: 'Access Control',
  mac: '0C110501A1B2',
  buildingId: 'b1',
  buildingName: 'Tower A',
  online: true,
  lastSeenAt: null,
  statusChangedAt: null,
  statusSince: 0,
}

let buildingReads = 0
let connectionReads = 0
installApi({
  'connections:list': () => (++connectionReads === 1 ? { ok: false, error: unavailable } : { ok: true, value: [CONNECTION] }),
  'network:status': () => ({ ok: true, value: { online: true, since: 0 } }),
  'project:overview': () => new Promise(() => undefined),
  'devices:list': () => ({ ok: true, value: { total: 1, offset: 0, items: [LOBBY] } }),
  'devices:buildings': () =>
    ++buildingReads === 1 ? { ok: false, error: unavailable } : { ok: true, value: [{ buildingId: 'b1', name: 'Tower A', devices: 1, offline: 0 }] },
  'devices:detail': () => ({ ok: false, error: unavailable }),
  'devices:channels': () => ({ ok: true, value: [] }),
})
const { DevicesView } = await import('../../../src/renderer/src/features/project/DevicesView')
const { Sidebar } = await import('../../../src/renderer/src/components/Sidebar')
const { useProjectStore } = await import('../../../src/renderer/src/stores/project/store')

beforeEach(() => {
  buildingReads = 0
  connectionReads = 0
  useProjectStore.setState({ scope: SCOPE })
})

describe('a read that fails is shown, never dropped', () => {
  it('the buildings of the devices filter: the error with Try again, then the buildings', async () => {
    await renderUi(<DevicesView />)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('restart it with npm start')
    await screen.findByTestId('device-row')
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }))
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull())
    expect(buildingReads).toBe(2)
  })

  it('a device whose detail cannot be read says so instead of loading forever', async () => {
    buildingReads = 1
    await renderUi(<DevicesView />)
    await userEvent.click(await screen.findByRole('button', { name: /Lobby door/ }))
    expect(await screen.findByRole('alert')).toHaveTextContent('restart it with npm start')
  })

  it('the connections in the sidebar', async () => {
    await renderUi(<Sidebar />)
    const alert = await screen.findByRole('alert')
    expect(screen.queryByTestId('no-connections')).toBeNull()
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }))
    expect(await screen.findByText('Harbour View')).toBeInTheDocument()
  })
})
