import type { ResultOf } from '@shared/ipc'
import { describe, expect, it } from 'vitest'
import { installApi, renderUi } from './render'
import { CONNECTION } from './access-groups-fixtures'

let answerList: (value: ResultOf<'connections:list'>) => void = () => undefined
installApi({
  'connections:list': () => new Promise((resolve) => (answerList = resolve)),
  'projects:list': () => ({ ok: true, value: [] }),
  'project:open': () => new Promise(() => undefined),
  'project:overview': () => new Promise(() => undefined),
  'outbox:list': () => ({ ok: true, value: [] }),
  'app:info': () => new Promise(() => undefined),
  'network:status': () => ({ ok: true, value: { online: true, since: 0 } }),
})
const { App } = await import('../../../src/renderer/src/app/App')
const { useUiStore, showSection } = await import('../../../src/renderer/src/stores/ui/store')
const { useProjectStore } = await import('../../../src/renderer/src/stores/project/store')

describe('reopening the last project at start', () => {
  it('opens it without taking the installer away from a section chosen while it loaded', async () => {
    await renderUi(<App />)
    showSection('diagnostics')
    answerList({ ok: true, value: [{ ...CONNECTION, lastUsedAt: 1 }] })
    await expect.poll(() => useProjectStore.getState().scope).toEqual({ connectionId: CONNECTION.id, projectId: 'p1' })
    expect(useUiStore.getState().section).toBe('diagnostics')
  })
})
