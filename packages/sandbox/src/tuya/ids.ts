import type { TuyaSite } from './model'

/** 19-digit ids like Tuya's; a kind digit keeps persons, tasks and records apart. */
export function makeId(kind: number, n: number): string {
  return `15${kind}${String(n).padStart(16, '0')}`
}

export const ID_KIND = {
  structure: 1,
  person: 2,
  device: 3,
  channel: 4,
  auth: 5,
  task: 6,
  record: 7,
  room: 8,
  accessControl: 9,
} as const

export function mintId(site: TuyaSite, kind: number): string {
  return makeId(kind, site.nextId++)
}
