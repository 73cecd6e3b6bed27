import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import type { RequestRate } from '@shared/domain/connection'
import { type Call, installApi, renderUi } from './render'

const ID = '11111111-1111-4111-8111-111111111111'
const calls: Call[] = []
let stored: RequestRate = { maxPerSecond: null, currentPerSecond: 18.4 }
installApi({
  'connections:requestRate': () => ({ ok: true, value: stored }),
  'connections:setMaxRate': (input) => {
    calls.push({ channel: 'connections:setMaxRate', input })
    if (input.maxPerSecond !== null && input.maxPerSecond > 1000) {
      return {
        ok: false,
        error: {
          code: 'invalid_input',
          messageKey: 'errors.invalidInput',
          retryable: false,
          issues: [{ path: ['maxPerSecond'], kind: 'tooLarge', limit: 1000 }],
        },
      }
    }
    stored = { ...stored, maxPerSecond: input.maxPerSecond }
    return { ok: true, value: stored }
  },
})
const { RequestRateField } = await import('../../../src/renderer/src/features/connections/RequestRateField')

beforeEach(() => {
  calls.length = 0
  stored = { maxPerSecond: null, currentPerSecond: 18.4 }
})

describe('the connection’s request rate', () => {
  it('shows the rate in use and saves a ceiling typed and submitted from the keyboard', async () => {
    await renderUi(<RequestRateField connectionId={ID} />)
    expect(await screen.findByTestId('request-rate-current')).toHaveTextContent('Fieldkey is using about 18 requests per second.')
    const field = screen.getByRole('textbox', { name: 'Maximum requests per second' })
    expect(field).toHaveValue('')
    await userEvent.type(field, '12{Enter}')
    await waitFor(() => expect(calls).toEqual([{ channel: 'connections:setMaxRate', input: { id: ID, maxPerSecond: 12 } }]))
    expect(field).toHaveValue('12')
  })

  it('sends a blank field as no ceiling', async () => {
    stored = { maxPerSecond: 7, currentPerSecond: null }
    await renderUi(<RequestRateField connectionId={ID} />)
    const field = await screen.findByRole('textbox', { name: 'Maximum requests per second' })
    await waitFor(() => expect(field).toHaveValue('7'))
    expect(screen.getByTestId('request-rate-current')).toHaveTextContent('Fieldkey has not talked to this cloud enough yet')
    await userEvent.clear(field)
    await userEvent.click(screen.getByRole('button', { name: 'Save limit' }))
    await waitFor(() => expect(calls).toEqual([{ channel: 'connections:setMaxRate', input: { id: ID, maxPerSecond: null } }]))
  })

  it('shows main’s refusal on the field in its label’s words', async () => {
    await renderUi(<RequestRateField connectionId={ID} />)
    await userEvent.type(await screen.findByRole('textbox', { name: 'Maximum requests per second' }), '5000{Enter}')
    expect(await screen.findByText(/Maximum requests per second: /)).toBeInTheDocument()
  })

  it('reads in Chinese', async () => {
    await renderUi(<RequestRateField connectionId={ID} />, 'zh-CN')
    expect(await screen.findByTestId('request-rate-current')).toHaveTextContent('Fieldkey 当前每秒约发送 18 个请求。')
    expect(screen.getByRole('textbox', { name: '每秒最多请求数' })).toBeInTheDocument()
  })
})
