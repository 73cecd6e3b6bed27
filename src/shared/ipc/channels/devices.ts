import type { CachedBuilding, CachedChannel, CachedDevice, CachedDeviceDetail } from '../../domain/devices'
import { invoke } from '../define'
import { channelsQuery, deviceRef, devicesQuery, projectScope } from '../schemas/project'
import type { Page } from '../../page'

export const deviceInvokes = {
  'devices:list': invoke<Page<CachedDevice>>()(devicesQuery),
  'devices:detail': invoke<CachedDeviceDetail>()(deviceRef),
  'devices:buildings': invoke<readonly CachedBuilding[]>()(projectScope),
  /** Tuya doors (entrances/exits), all of the project or those of one device. */
  'devices:channels': invoke<readonly CachedChannel[]>()(channelsQuery),
} as const
