import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { type Call, installApi, renderUi } from './render'

const SCOPE = { connectionId: 'c1', projectId: 'p1' }
const calls: Call[] = []
// A project whose site zone was never set: the pack has no zone to write its times in.
installApi({
  'project:siteZone': () => ({ ok: true, value: { siteZone: null, suggestions: [] } }),
  'sends:report': (input) => {
    calls.push({ channel: 'sends:report', input })
    return new Promise(() => undefined)
  },
})

const { ReportPage } = await import('../../../src/renderer/src/features/sends/ReportPage')

describe('the handover pack without a site time zone', () => {
  it('says to set the zone first and produces nothing', async () => {
    await renderUi(<ReportPage scope={SCOPE} />)
    await screen.findByText("The site's time zone is not set yet.")
    await userEvent.type(screen.getByLabelText(/^Prepared by/), 'Li Na')
    await userEvent.type(screen.getByLabelText(/^Handed to/), 'Sam Okafor')
    await userEvent.type(screen.getByLabelText(/^Site address/), '1 Harbour Road')
    await userEvent.click(screen.getByRole('button', { name: 'Produce handover pack' }))
    expect(screen.getByTestId('pack-zone-error')).toHaveTextContent("Set the site's time zone first (Site time, at the top of the window)")
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(calls).toEqual([])
  })
})
