import type { checklistInvokes } from '@shared/ipc/channels/checklist'
import type { ChecklistService } from '../../services/checklist/checklist-service'
import type { Handlers } from '../router'

export function checklistHandlers(checklist: ChecklistService): Pick<Handlers, keyof typeof checklistInvokes> {
  return {
    'checklist:doors': ({ connectionId, projectId, state, buildingKey, offset, limit }) =>
      checklist.doors({ connectionId, projectId }, { state, buildingKey }, offset, limit),
    'checklist:record': ({ connectionId, projectId, ...test }) => checklist.record({ connectionId, projectId }, test),
    'checklist:summary': (scope) => checklist.summary(scope),
  }
}
