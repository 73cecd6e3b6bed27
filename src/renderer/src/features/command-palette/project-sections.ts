import type { Vendor } from '@shared/domain/connection'
import { useConnectionsStore } from '../../stores/connections/store'
import { useProjectStore } from '../../stores/project/store'

export type ProjectSection = 'overview' | 'devices' | 'accessGroups' | 'outbox'

/** The open project's vendor, or null when no project is open. */
export function openProjectVendor(): { readonly vendor: Vendor | undefined } | null {
  const scope = useProjectStore.getState().scope
  if (!scope) return null
  return { vendor: useConnectionsStore.getState().list.find((c) => c.id === scope.connectionId)?.vendor }
}

/** The sections the sidebar shows for the open project (the same rule as ProjectNav). */
export function projectSections(project: { readonly vendor: Vendor | undefined } | null): ProjectSection[] {
  if (!project) return []
  return project.vendor === 'akuvox' ? ['overview', 'devices', 'accessGroups', 'outbox'] : ['overview', 'devices', 'outbox']
}

export function projectSectionOpen(section: ProjectSection): boolean {
  return projectSections(openProjectVendor()).includes(section)
}
