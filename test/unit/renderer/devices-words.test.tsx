import type { CachedDevice } from '@shared/domain/devices'
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { SCOPE } from './access-groups-fixtures'
import { withViewport } from './people-fixtures'
import { type Call, installApi, renderUi } from './render'

withViewport()

const device = (n: number, deviceType: string, name: string): CachedDevice => ({
  deviceId: `d${n}`,
  name,
  deviceType,
  mac: `0C11050100${n}0`,
  buildingId: 'b1',
  buildingName: 'Tower A',
  online: true,
  lastSeenAt: null,
  statusChangedAt: null,
  statusSince: 0,
})
const DEVICES = [device(1, 'Guard Phone', 'Guard desk'), device(2, 'Indoor Monitor', 'Flat 101'), device(3, 'Elevator Controller', 'Lift')]

const calls: Call[] = []
installApi({
  'project:overview': () => new Promise(() => undefined),
  'devices:list': (input) => {
    calls.push({ channel: 'devices:list', input })
    return { ok: true, value: { total: DEVICES.length, offset: 0, items: DEVICES } }
  },
  'devices:buildings': () => ({ ok: true, value: [{ buildingId: 'b1', name: 'Tower A', devices: 3, offline: 0 }] }),
  'devices:detail': () => ({ ok: true, value: { ...DEVICES[0]!, relays: [], securityRelays: [] } }),
  'devices:channels': () => ({ ok: true, value: [] }),
})
const { DevicesView } = await import('../../../src/renderer/src/features/project/DevicesView')
const { useProjectStore } = await import('../../../src/renderer/src/stores/project/store')

beforeEach(() => {
  calls.length = 0
  useProjectStore.setState({ scope: SCOPE })
})

describe('the devices list in Simplified Chinese', () => {
  it('names each device type in Chinese, and an unlisted one as 其他 with the cloud’s word', async () => {
    await renderUi(<DevicesView />, 'zh-CN')
    const rows = await screen.findAllByTestId('device-row')
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringContaining('Tower A · 管理机 · '),
      expect.stringContaining('Tower A · 室内机 · '),
      expect.stringContaining('Tower A · 其他（Elevator Controller） · '),
    ])
    expect(screen.getByTestId('device-list').textContent).not.toMatch(/Guard Phone|Indoor Monitor/)
    await userEvent.click(rows[0]!)
    expect(within(await screen.findByTestId('device-detail')).getByText(/管理机/)).toBeInTheDocument()
  })

  it('offers the type filter in Chinese and asks main for the chosen kind', async () => {
    await renderUi(<DevicesView />, 'zh-CN')
    await screen.findAllByTestId('device-row')
    await userEvent.click(screen.getAllByLabelText('类型')[0]!)
    const option = await screen.findByRole('option', { name: '室内机', hidden: true })
    expect(screen.getByRole('option', { name: '其他类型', hidden: true })).toBeInTheDocument()
    expect(screen.queryByRole('option', { name: 'Indoor Monitor', hidden: true })).toBeNull()
    await userEvent.click(option)
    await expect.poll(() => calls.at(-1)?.input).toMatchObject({ deviceType: 'indoorMonitor' })
  })
})
