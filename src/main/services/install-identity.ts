import { randomUUID } from 'node:crypto'
import { hostname } from 'node:os'
import type { InstallIdentity } from '@shared/domain/group-members'
import type { SettingsRepo } from '../store/settings-repo'

const KEY = 'install.identity'

function parse(value: string | undefined): InstallIdentity | null {
  if (value === undefined) return null
  try {
    const v = JSON.parse(value) as Partial<InstallIdentity>
    return typeof v.installId === 'string' && v.installId !== '' && typeof v.machineName === 'string'
      ? { installId: v.installId, machineName: v.machineName }
      : null
  } catch {
    return null
  }
}

/**
 * This installation of Fieldkey: a random id made the first time it is asked for and kept in
 * settings, with the machine's name (the OS host name) as people know it. Changes Fieldkey
 * records say which installation made them.
 */
export function installIdentity(settings: SettingsRepo, machineName: () => string = hostname): InstallIdentity {
  const kept = parse(settings.get(KEY))
  if (kept) return kept
  const made = { installId: randomUUID(), machineName: machineName().trim() }
  settings.set(KEY, JSON.stringify(made))
  return made
}
