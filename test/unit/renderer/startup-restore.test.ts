import type { ResultOf } from '@shared/ipc'
import { describe, expect, it } from 'vitest'
import { installApi } from './render'
import { CONNECTION } from './access-groups-fixtures'

let answerList: (value: ResultOf<'connections:list'>) => void = () => undefined
installApi({
  'connections:list': () => new Promise((resolve) => (answerList = resolve)),
  'projects:list': () => ({ ok: true, value: [] }),
  'project:open': () => new Promise(() => undefined),
})
const { followConnections } = await import('../../../src/renderer/src/stores/connections/actions')
const { useUiStore, showSection } = await import('../../../src/renderer/src/stores/ui/store')
const { useProjectStore } = await import('../../../src/renderer/src/stores/project/store')

describe('reopening the last project at start', () => {
  it('opens it without taking the installer away from a section chosen while it loaded', async () => {
    const off = followConnections()
    showSection('diagnostics')
    answerList({ ok: true, value: [{ ...CONNECTION, lastUsedAt: 1 }] })
    await expect.poll(() => useProjectStore.getState().scope).toEqual({ connectionId: CONNECTION.id, projectId: 'p1' })
    expect(useUiStore.getState().section).toBe('diagnostics')
    off()
  })
})
