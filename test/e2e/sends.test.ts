import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FieldkeyApi } from '../../src/shared/ipc'
import type { ChannelRow } from '../../src/shared/sends/types'
import { type RunningSandboxes, startSandboxes } from '@fieldkey/sandbox'
import { SCREENSHOTS, openPage, screenshot } from './helpers/browser'
import { openTuyaProject } from './helpers/connect'
import { sandboxAdmin, tuyaSandboxTasks } from './helpers/sandbox-admin'
import { useHostAndBrowser } from './helpers/session'

const session = useHostAndBrowser()

/**
 * Sends end to end in Chromium on the Tuya sandbox with one door controller taken offline:
 * the send wizard, live progress, the person × credential grid, retry failures (sandbox task
 * list), tasks readable after a reload with the cloud gone, and the handover report as a PDF
 * (Chromium's print pipeline, turned into text and a PNG with poppler) and a CSV zip.
 */
let context: BrowserContext
let page: Page
let cloud: RunningSandboxes
let problems: string[] = []
const CHINESE = '张伟'

interface Browserside {
  readonly fieldkey: FieldkeyApi
}

const admin = sandboxAdmin(() => cloud)
const sandboxTasks = tuyaSandboxTasks(() => cloud)

let scope: { connectionId: string; projectId: string }
let offline: ChannelRow
let online: ChannelRow
let renamedId = ''

/** Calls the app's bridge inside the page, as the renderer does. */
async function call<T>(fn: string, input: unknown): Promise<T> {
  const r = await page.evaluate(
    async ({ fn, input }) => {
      const [ns, name] = fn.split('.') as [string, string]
      const api = (globalThis as unknown as Browserside).fieldkey as unknown as Record<
        string,
        Record<string, (i: unknown) => Promise<{ ok: boolean; value?: unknown; error?: unknown }>>
      >
      return api[ns]?.[name]?.(input)
    },
    { fn, input },
  )
  if (!r?.ok) throw new Error(`${fn}: ${JSON.stringify(r?.error)}`)
  return r.value as T
}

beforeAll(async () => {
  cloud = await startSandboxes({ seed: 9 })
  await admin('POST', '/tuya/sends', { failureRate: 0 })
  ;({ page, problems, context } = await openPage(session.browser, { height: 900, timezoneId: 'Asia/Shanghai', acceptDownloads: true }))
})
afterAll(async () => {
  await context?.close()
  await cloud?.close()
})

const nav = (name: string) => page.getByTestId('project-nav').getByRole('button', { name }).click()

describe('permission sends in Chromium', () => {
  it('opens the Tuya project; a person gets a Chinese name and one door controller goes offline', async () => {
    await page.goto(session.host.url)
    scope = await openTuyaProject(page, cloud.info.tuya, 'Riverside Tower')

    const { channels } = await call<{ channels: ChannelRow[] }>('sends.channels', scope)
    const candidates = channels.filter((c) => c.online && c.permissions.total >= 2 && c.permissions.card > 0)
    const [a, b] = candidates.filter((c, i, all) => all.findIndex((x) => x.deviceId === c.deviceId) === i)
    if (!a || !b) throw new Error('the site needs two online channels on different devices with pending cards')
    offline = a
    online = b
    // A person with a card still to be sent on the door that goes offline is renamed 张伟 in the cloud, through the app.
    const auths = await call<{ items: { personId: string; cardIssueStatus: string; authCardNum: number }[] }>('sends.permissions', {
      ...scope,
      channelId: offline.channelId,
      limit: 500,
    })
    renamedId = auths.items.find((x) => x.cardIssueStatus === 'pending' && x.authCardNum > 0)?.personId ?? ''
    const person = await call<Record<string, unknown>>('persons.detail', { ...scope, personId: renamedId })
    const draft = {
      name: CHINESE,
      structureId: (person.structureIds as string[])[0],
      enabled: person.enabled,
      sex: person.sex,
      mobileCountry: person.mobileCountry,
      mobile: person.mobile,
      email: person.email,
      certType: person.certType,
      certNo: person.certNo,
      personCode: person.personCode,
    }
    expect(await call<{ kind: string }>('persons.edit', { ...scope, personId: renamedId, draft })).toMatchObject({ kind: 'saved' })
    await admin('POST', `/tuya/devices/${offline.deviceId}/online`, { online: false })
    await call('sync.start', scope)
    await expect
      .poll(
        async () => {
          const p = await call<{ items: { name: string }[] }>('sends.permissions', { ...scope, channelId: offline.channelId, search: CHINESE })
          const c = await call<{ channels: ChannelRow[] }>('sends.channels', scope)
          return p.items.length > 0 && c.channels.find((x) => x.channelId === offline.channelId)?.online === false
        },
        { timeout: 60_000, interval: 500 },
      )
      .toBe(true)
  })

  let firstBatch: string[] = []

  it('the wizard: channels (offline flagged) → full, cards only → preview → a confirmation that says what it will do', async () => {
    await nav('Sends')
    await page.getByRole('button', { name: 'New send…' }).click()
    const search = page.getByLabel('Search channels, devices and areas')
    for (const c of [offline, online]) {
      await search.fill(c.deviceName)
      await page.getByRole('checkbox', { name: `Select ${c.name}`, exact: true }).click()
    }
    await search.fill(offline.deviceName)
    const flagged = page.getByTestId('channel-row').filter({ hasText: offline.name }).first()
    await expect.poll(() => flagged.getByTestId('offline-flag').textContent()).toBe('This device is offline — its part of the send will fail.')
    await search.fill('')
    await page.getByRole('button', { name: 'Next' }).click()
    await page.getByRole('radio', { name: /^Full send/ }).check()
    await page.getByTestId('full-warning').getByText('A full send reloads every permission on the device.', { exact: false }).waitFor()
    await page.getByRole('radio', { name: /^Card only/ }).check()
    await page.getByRole('button', { name: 'Next' }).click()
    const preview = page.getByTestId('preview-step')
    await preview.waitFor()
    const offlinePreview = preview.getByTestId('preview-channel').filter({ hasText: `${offline.name} on ${offline.deviceName}` })
    await offlinePreview.getByText("The device is offline: this channel's part will fail.").waitFor()
    await offlinePreview.getByText(`${CHINESE}: Card`).waitFor()
    await screenshot(page, 'sends-preview')
    await page.getByRole('button', { name: 'Next' }).click()
    await page.getByRole('button', { name: 'Send now' }).click()
    const confirm = page.getByTestId('send-confirm')
    expect(await confirm.textContent()).toContain(`This starts a full send (Card only) to 2 channels: `)
    expect(await confirm.textContent()).toContain('A full send reloads every permission on these devices.')
    expect(await confirm.textContent()).toContain(offline.name)
    const before = (await sandboxTasks()).length
    await confirm.getByRole('button', { name: 'Send', exact: true }).click()

    // Live progress: caught while the records are still landing (they take seconds of the sandbox clock).
    const overall = page.getByTestId('batch-overall')
    await overall.waitFor()
    const partial = async () => {
      const m = /^(\d+) of (\d+) persons done/.exec((await overall.textContent()) ?? '')
      return m !== null && Number(m[1]) > 0 && Number(m[1]) < Number(m[2])
    }
    await expect.poll(partial, { timeout: 20_000, interval: 20 }).toBe(true)
    await screenshot(page, 'sends-running')
    await page.getByRole('heading', { name: 'Send finished' }).waitFor({ timeout: 60_000 })
    const tasks = await sandboxTasks()
    expect(tasks.length).toBe(before + 2)
    firstBatch = tasks.slice(before).map((t) => t.authTaskId)
    expect(
      tasks
        .slice(before)
        .map((t) => [t.channelId, t.kind, t.certificate])
        .sort(),
    ).toEqual(
      [
        [offline.channelId, 1, 1],
        [online.channelId, 1, 1],
      ].sort(),
    )
  })

  it('the grid shows exactly the failures: every person of the offline door, none elsewhere', async () => {
    const cloudTask = (await sandboxTasks()).find((t) => firstBatch.includes(t.authTaskId) && t.channelId === offline.channelId)
    const failed = cloudTask?.records.filter((r) => r.status === 'failed') ?? []
    expect(failed.length).toBeGreaterThan(0)
    expect(failed.some((r) => r.personId === renamedId)).toBe(true)
    const grids = page.getByTestId('grid-channel')
    const offlineGrid = grids.filter({ hasText: `${offline.name} · ${offline.deviceName}` })
    await offlineGrid.getByText(`${failed.length} failed of ${cloudTask?.records.length}`).waitFor()
    await grids
      .filter({ hasText: `${online.name} · ${online.deviceName}` })
      .getByText('No failures.')
      .waitFor()
    await page.getByRole('checkbox', { name: 'Failed persons only' }).check()
    // Every failed person is a row (the table is virtualized: at most a screenful and its overscan are in the DOM).
    if (failed.length <= 10) await expect.poll(() => offlineGrid.getByTestId('grid-row').count()).toBe(failed.length)
    await offlineGrid.getByLabel(`${CHINESE}, Card: Failed`).waitFor()
    await screenshot(page, 'sends-failure-grid')

    // Records per person with their issue info per credential type.
    await page
      .getByTestId('batch-records')
      .getByRole('button', { name: new RegExp(`^${offline.name} · `) })
      .click()
    await page.getByRole('button', { name: `Result per credential for ${CHINESE}` }).click()
    const info = page.getByTestId('issue-info')
    await info.waitFor()
    expect(await info.getByTestId('issue-info-card').textContent()).toMatch(/^Card0[1-9]/)
    await page.keyboard.press('Escape')
  })

  it('retry failures resends only the failed channel with the original policy (sandbox task list)', async () => {
    await admin('POST', `/tuya/devices/${offline.deviceId}/online`, { online: true })
    const before = (await sandboxTasks()).length
    await page.getByRole('button', { name: 'Retry failures…' }).click()
    const confirm = page.getByTestId('retry-confirm')
    await confirm.waitFor()
    const text = (await confirm.textContent()) ?? ''
    expect(text).toContain("with the original task's credentials (Card only)")
    expect(text).toContain(`records: ${offline.name} (`)
    expect(text).not.toContain(online.name)
    await confirm.getByRole('button', { name: 'Retry' }).click()
    // The page still shows the first send as finished until the retry's task appears: follow the cloud, then the page.
    await expect.poll(async () => (await sandboxTasks()).length, { timeout: 30_000 }).toBeGreaterThan(before)
    await expect
      .poll(async () => (await sandboxTasks()).slice(before).every((t) => t.records.every((r) => r.status === 'succeeded')), { timeout: 60_000 })
      .toBe(true)
    const added = (await sandboxTasks()).slice(before)
    expect(added.map((t) => [t.channelId, t.kind, t.certificate])).toEqual([[offline.channelId, 2, 1]])
    // The retry is followed as a batch of its own: one channel, no failures.
    await expect.poll(() => page.getByTestId('grid-channel').count(), { timeout: 30_000 }).toBe(1)
    await page.getByTestId('grid-channel').getByText('No failures.').waitFor({ timeout: 30_000 })
    await page.getByRole('heading', { name: 'Send finished' }).waitFor()
  })

  it('tasks and their results stay readable after a reload with the cloud gone', async () => {
    // The door drops off line again and a last full send fails there: that is what the handover must show.
    await admin('POST', `/tuya/devices/${offline.deviceId}/online`, { online: false })
    const last = await call<{ taskIds: string[] }>('sends.start', { ...scope, draft: { channelIds: [offline.channelId], kind: 'full', certificates: 'card' } })
    await expect
      .poll(
        async () => {
          const send = (await call<{ channels: ChannelRow[] }>('sends.channels', scope)).channels.find((x) => x.channelId === offline.channelId)?.lastSend
          const progress = send?.task.progress
          return send && send.task.authTaskId === last.taskIds[0] && progress?.known && progress.value === 'completed' ? send.failed : 0
        },
        { timeout: 30_000, interval: 200 },
      )
      .toBeGreaterThan(0)
    await cloud.close()
    await page.reload()
    await page.getByTestId('connection-item').filter({ hasText: 'Riverside Tower' }).click()
    await page
      .getByTestId('projects')
      .getByRole('button', { name: /^(Open |Show)/ })
      .first()
      .click()
    await nav('Sends')
    const rows = page.getByTestId('task-row')
    await expect.poll(() => rows.count(), { timeout: 20_000 }).toBeGreaterThanOrEqual(3)
    const grid = await call<{ channels: { channelId: string; failedRows: number }[] }>('sends.grid', { ...scope, taskIds: firstBatch })
    expect(grid.channels.find((c) => c.channelId === offline.channelId)?.failedRows).toBeGreaterThan(0)
    // The oldest task of the offline door is the failed one: open it from the list.
    await rows
      .filter({ hasText: offline.name })
      .last()
      .getByRole('button', { name: `Open task on ${offline.name}` })
      .click()
    await page.getByTestId('grid-channel').getByLabel(`${CHINESE}, Card: Failed`).waitFor()
  })

  it('the handover pack: a PDF with the tables and the Chinese name, and a CSV bundle', async () => {
    // The pack writes every time in the site's zone: set it, and read the window again so it knows.
    await call('project.setSiteZone', { ...scope, zone: 'Asia/Shanghai' })
    await page.reload()
    await page.getByTestId('project-nav').waitFor()
    await nav('Handover report')
    await page.getByTestId('pack-zone').getByText("Times in the pack are in the site's time zone: Asia/Shanghai.").waitFor()
    await page.getByLabel(/^Prepared by/).fill('李娜')
    await page.getByLabel(/^Handed to/).fill('王芳')
    await page.getByLabel(/^Site address/).fill('上海市浦东新区滨江大道 1 号')
    await page.getByRole('button', { name: 'Produce handover pack' }).click()
    await page.getByRole('dialog').getByRole('button', { name: 'Produce' }).click()
    await page.getByTestId('pack-signatures').waitFor()
    const dir = mkdtempSync(join(tmpdir(), 'fk-report-'))
    const pdf = join(dir, 'report.pdf')
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true })
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
    writeFileSync(join(SCREENSHOTS, 'sends-report.txt'), text)
    for (const heading of ['Commissioning handover pack', 'People', 'Devices', 'Send results per door', 'Changes waiting to be sent', 'Signatures'])
      expect(text).toContain(heading)
    expect(text).toMatch(/Prepared by\s+李娜/)
    // The tables' header rows, each on one line.
    expect(text).toMatch(/Device\s+Type\s+Building\s+State\s+Last seen/)
    expect(text).toMatch(/Door channel\s+Device\s+State\s+Latest send\s+Failed persons/)
    // The offline door's row names its failed persons, 张伟 among them.
    expect(text).toContain(CHINESE)
    const row = page.getByTestId('pack-sendResults').getByRole('row').filter({ hasText: offline.name })
    expect(await row.textContent()).toMatch(new RegExp(`^${offline.name}${offline.deviceName}Offline.*Full send.*: 0 of \\d+ sent.*${CHINESE}`))
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', pdf, join(SCREENSHOTS, 'sends-report-pdf')])
    // pdftoppm numbers its pages: sends-report-pdf-1.png (or -01 for 10+ pages).
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1] ?? 0)
    expect(pages).toBeGreaterThan(0)
    // And the page that names 张伟, to look at the Chinese glyphs in the failures column.
    const withName = Array.from({ length: pages }, (_, i) => i + 1).find((n) =>
      execFileSync('pdftotext', ['-f', String(n), '-l', String(n), pdf, '-'], { encoding: 'utf8' }).includes(CHINESE),
    )
    expect(withName).toBeDefined()
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '80',
      '-f',
      String(withName),
      '-l',
      String(withName),
      '-singlefile',
      pdf,
      join(SCREENSHOTS, 'sends-report-pdf-chinese'),
    ])

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV bundle (.zip)' }).click()])
    const zip = join(dir, download.suggestedFilename())
    await download.saveAs(zip)
    const listing = execFileSync('unzip', ['-l', zip], { encoding: 'utf8' })
    for (const f of ['site.csv', 'devices.csv', 'doors.csv', 'send-results.csv', 'people.csv', 'outbox.csv']) expect(listing).toContain(f)
    execFileSync('unzip', ['-q', zip, '-d', join(dir, 'csv')])
    const sendsCsv = readFileSync(join(dir, 'csv', 'send-results.csv'), 'utf8')
    expect(sendsCsv.startsWith('\uFEFFDoor channel,Device,State,Latest send,Failed persons')).toBe(true)
    expect(sendsCsv).toMatch(new RegExp(`${offline.name},${offline.deviceName},Offline,"?Full send.*${CHINESE}`))
    // One row per person, 张伟 with the doors of their permissions.
    expect(readFileSync(join(dir, 'csv', 'people.csv'), 'utf8')).toContain(`${CHINESE},Person,`)
    expect(readFileSync(join(dir, 'csv', 'site.csv'), 'utf8')).toContain('李娜')
    expect(problems).toEqual([])
  })
})
