import { assertNever } from '@shared/util/assert-never'
import type { StatusObservation } from '../../store/cache/device-status-repo'
import type { CloudSession } from '../connections/cloud-session'

/** Channels per status page: the whole list is read each poll (its online filter is undocumented). */
const CHANNEL_PAGE_SIZE = 200

/**
 * One status check of a project: Akuvox's device list (one call) or every Tuya channel page,
 * reduced to one observation per device.
 */
export async function pollStatuses(session: CloudSession, projectId: string, signal: AbortSignal): Promise<StatusObservation[]> {
  switch (session.vendor) {
    case 'akuvox': {
      const devices = await session.client.getAccessGroupDeviceList({ projectId }, { signal })
      return devices.map((d) => ({ deviceId: d.deviceId, online: d.online }))
    }
    case 'tuya': {
      const online = new Map<string, boolean>()
      for await (const page of session.client.iterateChannels({}, { pageSize: CHANNEL_PAGE_SIZE, concurrency: 2, signal })) {
        for (const c of page.items) online.set(c.deviceId, c.online)
      }
      return [...online].map(([deviceId, isOnline]) => ({ deviceId, online: isOnline }))
    }
    default:
      return assertNever(session, 'session')
  }
}
