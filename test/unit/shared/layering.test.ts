import { ESLint } from 'eslint'
import { describe, expect, it, vi } from 'vitest'

/** The layering rules of docs/architecture.md#layers-and-lint-rules are lint rules: prove they bite. */
const eslint = new ESLint({ cwd: new URL('../../..', import.meta.url).pathname })
// Renderer files are linted with their types (no-floating-promises): the first one builds the program.
vi.setConfig({ testTimeout: 180_000 })

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? [])
    .filter((m) => ['no-restricted-imports', 'no-restricted-properties', 'no-restricted-globals', 'fieldkey/package-stays-inside'].includes(m.ruleId ?? ''))
    .map((m) => m.message)
}

describe('layering enforced by lint', () => {
  it('a renderer file may not import fs or node:fs', async () => {
    expect(await restrictedImports('src/renderer/src/features/x.ts', "import { readFileSync } from 'fs'\nexport const x = readFileSync")).toHaveLength(1)
    expect(await restrictedImports('src/renderer/src/features/x.ts', "import { readFileSync } from 'node:fs'\nexport const x = readFileSync")).toHaveLength(1)
  })

  it('a renderer file may not import electron, main code or fetch a cloud', async () => {
    expect(await restrictedImports('src/renderer/src/x.ts', "import { ipcRenderer } from 'electron'\nexport const x = ipcRenderer")).not.toHaveLength(0)
    expect(await restrictedImports('src/renderer/src/x.ts', "import { createCore } from '../../main/core'\nexport const x = createCore")).toHaveLength(1)
    expect(await restrictedImports('src/renderer/src/x.ts', "export const x = () => fetch('https://openapi.tuyaeu.com')")).toHaveLength(1)
  })

  it('shared code may not import Node, electron or any other layer', async () => {
    expect(await restrictedImports('src/shared/x.ts', "import { join } from 'node:path'\nexport const x = join")).toHaveLength(1)
    expect(await restrictedImports('src/shared/x.ts', "import { app } from 'electron'\nexport const x = app")).toHaveLength(1)
    expect(await restrictedImports('src/shared/x.ts', "import { api } from '../renderer/src/api'\nexport const x = api")).toHaveLength(1)
  })

  it('only src/main/electron imports Electron (ipcMain included); clouds never import electron, store or services', async () => {
    expect(await restrictedImports('src/main/services/x.ts', "import { ipcMain } from 'electron'\nexport const x = ipcMain")).toHaveLength(1)
    expect(await restrictedImports('src/main/ipc/x.ts', "import { ipcMain } from 'electron'\nexport const x = ipcMain")).toHaveLength(1)
    expect(await restrictedImports('src/main/log/x.ts', "import log from 'electron-log/node'\nexport const x = log")).toHaveLength(1)
    expect(await restrictedImports('src/main/electron/x.ts', "import { ipcMain } from 'electron'\nexport const x = ipcMain")).toHaveLength(0)
    expect(await restrictedImports('src/main/clouds/x.ts', "import { net } from 'electron'\nexport const x = net")).toHaveLength(1)
    expect(await restrictedImports('src/main/clouds/x.ts', "import { db } from '../store/db'\nexport const x = db")).toHaveLength(1)
  })

  it('nothing in main but the shell itself depends on src/main/electron', async () => {
    expect(
      await restrictedImports('src/main/headless/x.ts', "import { createMainWindow } from '../electron/window'\nexport const x = createMainWindow"),
    ).toHaveLength(1)
    expect(await restrictedImports('src/main/core/x.ts', "import { menuTemplate } from '../electron/menu'\nexport const x = menuTemplate")).toHaveLength(1)
    expect(await restrictedImports('src/main/electron/x.ts', "import { bootCore } from '../core/bootstrap'\nexport const x = bootCore")).toHaveLength(0)
  })

  it('services import neither IPC, a shell nor the composition root, except the event hub', async () => {
    expect(await restrictedImports('src/main/services/people/x.ts', "import { Router } from '../../ipc/router'\nexport const x = Router")).toHaveLength(1)
    expect(
      await restrictedImports('src/main/services/x.ts', "import { startHeadlessHost } from '../headless/host'\nexport const x = startHeadlessHost"),
    ).toHaveLength(1)
    expect(await restrictedImports('src/main/services/x.ts', "import { createCore } from '../core/core'\nexport const x = createCore")).toHaveLength(1)
    expect(await restrictedImports('src/main/services/x.ts', "import type { EventHub } from '../core/events'\nexport type X = EventHub")).toHaveLength(0)
    expect(
      await restrictedImports('src/main/services/x.ts', "import type { InputOf } from '@shared/ipc/types'\nexport type X = InputOf<'app:ping'>"),
    ).toHaveLength(0)
  })

  it('the store knows nothing above it; the core neither shell', async () => {
    expect(
      await restrictedImports('src/main/store/x.ts', "import { OutboxService } from '../services/outbox/outbox-service'\nexport const x = OutboxService"),
    ).toHaveLength(1)
    expect(
      await restrictedImports('src/main/store/cache/x.ts', "import { HttpTransport } from '../../clouds/http'\nexport const x = HttpTransport"),
    ).toHaveLength(1)
    expect(
      await restrictedImports('src/main/core/x.ts', "import { startHeadlessHost } from '../headless/host'\nexport const x = startHeadlessHost"),
    ).toHaveLength(1)
    expect(await restrictedImports('src/main/core/x.ts', "import { app } from 'electron'\nexport const x = app")).toHaveLength(1)
  })

  it('only src/main/electron sends to the window directly', async () => {
    const [outside] = await eslint.lintText('export const f = (w: { webContents: { send(c: string): void } }) => w.webContents.send("x")\n', {
      filePath: 'src/main/services/x.ts',
    })
    expect(outside?.messages.some((m) => m.ruleId === 'no-restricted-syntax')).toBe(true)
    const [inside] = await eslint.lintText('export const f = (w: { webContents: { send(c: string): void } }) => w.webContents.send("x")\n', {
      filePath: 'src/main/electron/x.ts',
    })
    expect(inside?.messages.some((m) => m.ruleId === 'no-restricted-syntax')).toBe(false)
  })

  it('the preload takes channel names, not the zod contract (types only)', async () => {
    expect(await restrictedImports('src/preload/x.ts', "import { INVOKE_CHANNELS } from '@shared/ipc'\nexport const x = INVOKE_CHANNELS")).toHaveLength(1)
    expect(await restrictedImports('src/preload/x.ts', "import { z } from 'zod'\nexport const x = z")).toHaveLength(1)
    expect(await restrictedImports('src/preload/x.ts', "import type { Transport } from '@shared/ipc'\nexport type X = Transport")).toHaveLength(0)
    expect(
      await restrictedImports('src/preload/x.ts', "import { INVOKE_CHANNEL_NAMES } from '@shared/ipc/channel-names'\nexport const x = INVOKE_CHANNEL_NAMES"),
    ).toHaveLength(0)
  })

  it('the preload may not import Node modules (it runs sandboxed)', async () => {
    expect(await restrictedImports('src/preload/x.ts', "import { readFileSync } from 'fs'\nexport const x = readFileSync")).toHaveLength(1)
    expect(await restrictedImports('src/preload/x.ts', "import { contextBridge } from 'electron'\nexport const x = contextBridge")).toHaveLength(0)
  })

  it('the sandbox package imports nothing of src/: no alias, no relative path out of packages/sandbox', async () => {
    const file = 'packages/sandbox/src/tuya/x.ts'
    expect(await restrictedImports(file, "import { camelDeep } from '@shared/util/case'\nexport const x = camelDeep")).toHaveLength(1)
    expect(await restrictedImports(file, "import { sleep } from '../../../../src/main/clouds/backoff'\nexport const x = sleep")).toHaveLength(1)
    expect(await restrictedImports(file, "export { sleep } from '../../../../src/main/clouds/backoff'")).toHaveLength(1)
    expect(await restrictedImports(file, "export const x = () => import('../../../../src/main/clouds/backoff')")).toHaveLength(1)
    expect(
      await restrictedImports('packages/sandbox/test/x.test.ts', "import { sleep } from '../../../src/main/clouds/backoff'\nexport const x = sleep"),
    ).toHaveLength(1)
    expect(await restrictedImports(file, "import { sleep } from '../common/sleep'\nexport const x = sleep")).toHaveLength(0)
    expect(await restrictedImports('packages/sandbox/test/x.test.ts', "import { sleep } from '../src/common/sleep'\nexport const x = sleep")).toHaveLength(0)
  })

  it('the cloud clients never import the sandbox package', async () => {
    expect(await restrictedImports('src/main/clouds/x.ts', "import { startSandboxes } from '@fieldkey/sandbox'\nexport const x = startSandboxes")).toHaveLength(
      1,
    )
  })
})

describe('an unhandled Result is a lint error in the renderer', () => {
  /** A screen that is neither a query file nor a change (a real file, so the type checker knows `api`). */
  const screenFile = 'src/renderer/src/features/project/DevicesView.tsx'
  const dropped = [
    "import { useEffect, useState } from 'react'",
    "import { api } from '../../api'",
    'export function Buildings({ scope }: { scope: { connectionId: string; projectId: string } }) {',
    '  const [names, set] = useState<readonly string[]>([])',
    '  useEffect(() => {',
    '    void api.devices.buildings(scope).then((r) => r.ok && set(r.value.map((b) => b.name)))',
    '  }, [scope])',
    '  return names.join()',
    '}',
    '',
  ].join('\n')

  async function rules(filePath: string, code: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath })
    const fatal = result?.messages.find((m) => m.fatal)
    if (fatal) throw new Error(fatal.message)
    return (result?.messages ?? []).map((m) => m.ruleId ?? '')
  }

  it('`api.x.y(...).then(r => r.ok && set(r.value))` in a screen: the read and the `.then` are both refused', async () => {
    expect(await rules(screenFile, dropped)).toEqual(expect.arrayContaining(['no-restricted-imports', 'no-restricted-syntax']))
  })

  it('a Result left floating is refused even where calling main is allowed', async () => {
    const floating = "import { api } from '../../api'\nexport function touch(id: string) {\n  api.connections.test({ id })\n}\n"
    expect(await rules('src/renderer/src/features/project/project-queries.ts', floating)).toEqual(['@typescript-eslint/no-floating-promises'])
  })

  it('a query file may call main', async () => {
    const query = "import { api } from '../../api'\nexport const read = (id: string) => api.projects.list({ id })\n"
    expect(await rules('src/renderer/src/features/project/project-queries.ts', query)).toEqual([])
  })
})
