import type { ConnectionSummary } from '@shared/domain/connection'
import type { FieldkeyApi } from '@shared/ipc'
import type { Page } from 'playwright-core'
import type { SandboxesInfo } from '@fieldkey/sandbox'

/** Adds an Akuvox connection to a test-run sandbox through the real dialog, as an installer would. */
export async function addAkuvoxConnection(page: Page, info: SandboxesInfo['akuvox'], label: string): Promise<void> {
  await page.getByRole('button', { name: 'Add a connection' }).click()
  await page.getByRole('menuitem', { name: 'Akuvox / Akubela' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByRole('textbox', { name: /^Name/ }).fill(label)
  await dialog.getByRole('combobox', { name: 'Region' }).click()
  await page.getByRole('option', { name: 'Custom server address…' }).click()
  await dialog.getByLabel('Server address').fill(info.baseUrl)
  await dialog.getByLabel('Client ID').fill(info.clientId)
  await dialog.getByLabel('Client secret').fill(info.clientSecret)
  await dialog.getByLabel('User name').fill(info.username)
  await dialog.getByLabel(/^Password/).fill(info.password)
  await dialog.getByRole('button', { name: 'Sign in and save' }).click()
  await page.getByRole('heading', { name: label }).waitFor()
}

/** Adds a Tuya connection through the API the dialog calls (the dialog has its own test). */
export async function addTuyaConnection(page: Page, info: SandboxesInfo['tuya'], label: string): Promise<ConnectionSummary> {
  const { baseUrl, accessId, accessSecret, projectId } = info
  const added = await page.evaluate(
    async (a) =>
      (globalThis as unknown as { fieldkey: FieldkeyApi }).fieldkey.connections.add({
        vendor: 'tuya',
        label: a.label,
        server: { kind: 'custom', baseUrl: a.baseUrl },
        credentials: { accessId: a.accessId, accessSecret: a.accessSecret, projectId: a.projectId },
      }),
    { baseUrl, accessId, accessSecret, projectId, label },
  )
  if (!added.ok) throw new Error(`adding the connection failed: ${added.error.code}`)
  return added.value
}

/**
 * Adds an Akuvox connection through the API the dialog calls (the dialog has its own test), opens
 * its first project, and waits for the first sync to end.
 */
/**
 * `siteZone`: the project's site time zone, set before it opens (default: the browser's own zone,
 * so schedules read as the test's browser would expect); null leaves it unset, to be asked.
 * `syncTimeoutMs`: how long the first sync may take (a benchmark's large site takes minutes).
 */
export async function openAkuvoxProject(
  page: Page,
  info: SandboxesInfo['akuvox'],
  label: string,
  siteZone?: string | null,
  syncTimeoutMs = 60_000,
): Promise<void> {
  const { baseUrl, ...credentials } = info
  const added = await page.evaluate(
    async ({ url, creds, name }) =>
      (globalThis as unknown as { fieldkey: FieldkeyApi }).fieldkey.connections.add({
        vendor: 'akuvox',
        label: name,
        server: { kind: 'custom', baseUrl: url },
        credentials: creds,
      }),
    { url: baseUrl, creds: credentials, name: label },
  )
  if (!added.ok) throw new Error(`adding the connection failed: ${added.error.code}`)
  if (siteZone !== null) {
    const set = await page.evaluate(
      async ({ connectionId, zone }) => {
        const api = (globalThis as unknown as { fieldkey: FieldkeyApi }).fieldkey
        const projects = await api.projects.list({ id: connectionId })
        const first = projects.ok ? projects.value[0] : undefined
        if (!first) return 'no project'
        const answer = await api.project.setSiteZone({ connectionId, projectId: first.id, zone: zone ?? Intl.DateTimeFormat().resolvedOptions().timeZone })
        return answer.ok ? null : answer.error.code
      },
      { connectionId: added.value.id, zone: siteZone ?? null },
    )
    if (set !== null) throw new Error(`setting the site time zone failed: ${set}`)
  }
  await page.getByTestId('connection-item').filter({ hasText: label }).click()
  await page
    .getByTestId('projects')
    .getByRole('button', { name: /^Open / })
    .first()
    .click()
  await page.getByTestId('sync-outcome').waitFor({ timeout: syncTimeoutMs })
}

/**
 * Adds a Tuya connection through the API the dialog calls, opens its project, and waits for the
 * first sync to end; answers the project's scope.
 */
export async function openTuyaProject(page: Page, info: SandboxesInfo['tuya'], label: string): Promise<{ connectionId: string; projectId: string }> {
  const added = await addTuyaConnection(page, info, label)
  await page.getByTestId('connection-item').filter({ hasText: label }).click()
  await page
    .getByTestId('projects')
    .getByRole('button', { name: /^(Open |Show)/ })
    .first()
    .click()
  await page.getByTestId('sync-outcome').waitFor({ timeout: 60_000 })
  return { connectionId: added.id, projectId: info.projectId }
}

/**
 * Opens the Akuvox demo site from the start screen, opens its first project and waits for the
 * first sync to end; returns the project's scope for calls the test makes through the API.
 */
export async function openAkuvoxDemo(page: Page): Promise<{ readonly connectionId: string; readonly projectId: string }> {
  await page.getByRole('button', { name: 'Open the Akuvox demo site' }).click()
  await page
    .getByTestId('projects')
    .getByRole('button', { name: /^Open / })
    .first()
    .click()
  await page.getByTestId('sync-outcome').waitFor({ timeout: 60_000 })
  return page.evaluate(async () => {
    const api = (globalThis as unknown as { fieldkey: FieldkeyApi }).fieldkey
    const connections = await api.connections.list()
    const demo = connections.ok ? connections.value.find((c) => c.isDemo && c.vendor === 'akuvox') : undefined
    if (!demo) throw new Error('no Akuvox demo connection')
    const projects = await api.projects.list({ id: demo.id })
    if (!projects.ok || !projects.value[0]) throw new Error('no demo project')
    return { connectionId: demo.id, projectId: projects.value[0].id }
  })
}
