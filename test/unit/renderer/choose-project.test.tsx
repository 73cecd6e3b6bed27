import { CACHE_COLLECTIONS, type CollectionCounts } from '@shared/domain/sync'
import type { AppError } from '@shared/errors'
import type { ProjectView } from '@shared/ipc/channels/project'
import type { ResultOf } from '@shared/ipc'
import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { CONNECTION, SCOPE } from './access-groups-fixtures'
import { installApi, renderUi } from './render'

const view: ProjectView = {
  projectName: 'Harbour View Residences',
  overview: {
    ...SCOPE,
    counts: Object.fromEntries(CACHE_COLLECTIONS.map((c) => [c, c === 'staffAccesses' ? 20_000 : 0])) as CollectionCounts,
    buildings: 3,
    devicesOffline: 0,
    sync: { ...SCOPE, asOf: Date.UTC(2026, 0, 5), collections: [] },
    outboxCount: 0,
  },
  freshness: { kind: 'fresh', checkedAt: 0 },
  syncing: false,
}
const refused: AppError = { code: 'not_found', messageKey: 'errors.connections.unknownProject', retryable: false }

// The cloud's answer to the choice: held until the test gives it.
let answerChoice: (answer: ResultOf<'projects:choose'>) => void = () => undefined
installApi({
  'connections:list': () => ({ ok: true, value: [CONNECTION] }),
  'projects:choose': () => new Promise((resolve) => (answerChoice = resolve)),
  'project:open': () => ({ ok: true, value: view }),
  'project:overview': () => ({ ok: true, value: view }),
})
const { OverviewView } = await import('../../../src/renderer/src/features/project/OverviewView')
const { chooseProject } = await import('../../../src/renderer/src/stores/connections/actions')

describe('opening a project from the list', () => {
  it('shows its cache while the cloud has not yet confirmed the choice, and the cloud’s refusal on it', async () => {
    await renderUi(<OverviewView />)
    const choosing = chooseProject(SCOPE.connectionId, SCOPE.projectId)
    expect(await screen.findByText('20,000')).toBeInTheDocument()
    answerChoice({ ok: false, error: refused })
    const result = await choosing
    expect(result.ok).toBe(false)
    expect(await screen.findByRole('alert')).toHaveTextContent("This project is not among the connection's projects.")
  })
})
