import type { FieldkeyApi } from '@shared/ipc'
import type { Page } from 'playwright-core'
import { expect, it } from 'vitest'
import { openPage } from '../e2e/helpers/browser'
import { useHostAndBrowser } from '../e2e/helpers/session'

const session = useHostAndBrowser()

/** What the page's own bridge answers to `app:ping`: the secret it holds still opens the host. */
const pingFromPage = (page: Page) => page.evaluate(() => (globalThis as unknown as { fieldkey: FieldkeyApi }).fieldkey.app.ping({ message: 'from the page' }))

it('takes the secret out of the address once loaded, and still connects after a reload', async () => {
  const { page, problems, close } = await openPage(session.browser)
  await page.goto(`${session.host.url.replace('/#', '/?view=start#')}&other=1`)
  await page.getByRole('heading', { name: 'Welcome to Fieldkey' }).waitFor()
  const secret = new URL(session.host.url).hash.slice('#key='.length)

  expect(page.url()).toBe(`${session.host.origin}/?view=start#other=1`)
  expect(await pingFromPage(page)).toMatchObject({ ok: true, value: { message: 'from the page' } })

  // The history entry itself was rewritten: going back and forward again lands on the clean address.
  await page.goBack()
  await page.goForward()
  expect(page.url()).toBe(`${session.host.origin}/?view=start#other=1`)

  await page.reload()
  await page.getByRole('heading', { name: 'Welcome to Fieldkey' }).waitFor()
  expect(page.url()).not.toContain(secret)
  expect(await pingFromPage(page)).toMatchObject({ ok: true, value: { message: 'from the page' } })
  expect(problems).toEqual([])
  await close()
})
