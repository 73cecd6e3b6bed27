import type { AkuvoxAccessGroup } from '@shared/domain/akuvox'
import type { OutboxBase } from '@shared/domain/cache'
import type { TuyaPerson } from '@shared/domain/tuya'
import { deviceContent } from '../../store/cache/akuvox-specs'
import { contentHash } from '../../store/cache/hash'

/**
 * The version of a change's target: a hash of what the installer saw. Status that moves by
 * itself (device online, signed image URLs) is left out, so it never passes for an edit.
 */
export function accessGroupBase(group: AkuvoxAccessGroup): OutboxBase {
  const snapshot = { ...group, devices: group.devices.map(deviceContent) }
  return { version: contentHash(snapshot), snapshot }
}

export function personBase(person: TuyaPerson): OutboxBase {
  const { imageUrl: _imageUrl, ...snapshot } = person
  return { version: contentHash(snapshot), snapshot }
}

/** Several targets (a batch disable): one version over all of them, in the given order. */
export function combinedBase(bases: readonly (OutboxBase | null)[]): OutboxBase {
  return { version: contentHash(bases.map((b) => b?.version ?? null)), snapshot: bases.map((b) => b?.snapshot ?? null) }
}
