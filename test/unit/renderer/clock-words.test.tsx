import type { CachedDevice } from '@shared/domain/devices'
import { screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { installApi, renderUi } from './render'

installApi({})
const { DeviceStatusSince } = await import('../../../src/renderer/src/features/project/DeviceStatusSince')

const sevenToday = () => {
  const at = new Date()
  at.setHours(7, 0, 0, 0)
  return at.getTime()
}
const device = (): CachedDevice => ({
  deviceId: 'd1',
  name: 'Lobby door',
  deviceType: 'Access Control',
  mac: '0C110501A1B2',
  buildingId: 'b1',
  buildingName: 'Tower A',
  online: true,
  lastSeenAt: null,
  statusChangedAt: sevenToday(),
  statusSince: sevenToday(),
})

const laptop = (locale: string) => Object.defineProperty(navigator, 'language', { value: locale, configurable: true })
afterEach(() => laptop('en-US'))

describe('times of day on the laptop’s clock', () => {
  it('an English window on a British laptop writes 07:00, never 07:00 AM', async () => {
    laptop('en-GB')
    await renderUi(<DeviceStatusSince device={device()} />)
    expect(screen.getByTestId('device-status-since')).toHaveTextContent(/^Online since 07:00$/)
  })

  it('a Chinese window writes 24-hour time whatever the laptop’s region', async () => {
    await renderUi(<DeviceStatusSince device={device()} />, 'zh-CN')
    expect(screen.getByTestId('device-status-since')).toHaveTextContent('自 07:00 起在线')
    expect(screen.getByTestId('device-status-since').textContent).not.toMatch(/AM|PM|上午|下午/)
  })

  it('an American laptop keeps its 12-hour clock', async () => {
    await renderUi(<DeviceStatusSince device={device()} />)
    expect(screen.getByTestId('device-status-since')).toHaveTextContent(/^Online since 07:00\sAM$/)
  })
})
