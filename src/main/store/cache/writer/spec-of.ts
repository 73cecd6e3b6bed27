import type { AkuvoxDevice } from '@shared/domain/akuvox'
import type { TuyaChannel } from '@shared/domain/tuya'
import { assertNever } from '@shared/util/assert-never'
import { accessGroupSpec, accountSpec, akuvoxDeviceSpec, staffAccessSpec } from '../akuvox-specs'
import type { StatusObservation } from '../device-status-repo'
import type { TableSpec } from '../table-spec'
import { accessAuthSpec, authTaskRecordSpec, authTaskSpec, channelSpec, organisationSpec, personSpec, recycledPersonSpec } from '../tuya-specs'
import type { SpecRef } from './units'

/** The spec a unit names. Its items are the list's items as the client gave them. */
export function specOf(ref: SpecRef): TableSpec<unknown> {
  return specOfTyped(ref) as TableSpec<unknown>
}

function specOfTyped(ref: SpecRef): TableSpec<never> {
  switch (ref.name) {
    case 'akuvoxDevices':
      return akuvoxDeviceSpec(ref.now)
    case 'accessGroups':
      return accessGroupSpec
    case 'accounts':
      return accountSpec
    case 'staffAccesses':
      return staffAccessSpec
    case 'channels':
      return channelSpec(ref.now)
    case 'persons':
      return personSpec
    case 'recycledPersons':
      return recycledPersonSpec
    case 'organisations':
      return organisationSpec
    case 'accessAuths':
      return accessAuthSpec
    case 'authTasks':
      return authTaskSpec
    case 'authTaskRecords':
      return authTaskRecordSpec(ref.taskId)
    default:
      return assertNever(ref, 'spec')
  }
}

/** The device status a page of devices or channels tells; other lists tell none. */
export function statusOf(ref: SpecRef, items: readonly unknown[]): readonly StatusObservation[] {
  switch (ref.name) {
    case 'akuvoxDevices':
      return (items as readonly AkuvoxDevice[]).map((d) => ({ deviceId: d.deviceId, online: d.online }))
    case 'channels': {
      // A controller's doors share its status: one observation per device.
      const devices = new Map((items as readonly TuyaChannel[]).map((c) => [c.deviceId, c.online]))
      return [...devices].map(([deviceId, online]) => ({ deviceId, online }))
    }
    default:
      return []
  }
}
