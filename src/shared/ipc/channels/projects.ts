import type { ConnectionSummary, ProjectSummary } from '../../domain/connection'
import { invoke } from '../define'
import { byConnection, chooseProjectInput } from '../schemas/connections'

export const projectsInvokes = {
  'projects:list': invoke<readonly ProjectSummary[]>()(byConnection),
  'projects:choose': invoke<ConnectionSummary>()(chooseProjectInput),
} as const
