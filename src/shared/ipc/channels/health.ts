import type { HealthChange } from '../../domain/devices'
import { event, invoke } from '../define'
import { projectScope } from '../schemas/project'

export const healthInvokes = {
  'health:check': invoke<HealthChange>()(projectScope),
} as const

export const healthEvents = {
  'health:changed': event<HealthChange>(),
} as const
