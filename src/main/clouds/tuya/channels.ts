import { z } from 'zod'
import type { TuyaChannel, TuyaChannelFilter, TuyaPage } from '@shared/domain/tuya'
import type { TuyaApi } from './api'
import { decode, id, text } from './decode'
import { pageSchema, paging, toPage } from './paging'
import type { CallOptions } from './call-options'

/**
 * The item fields of GET /access-control-channels are not documented (docs/clouds.md#tuya-endpoints): the
 * reader accepts the likely names for each field, and an online state given as a boolean
 * `online`, or a `deviceStatus` of 1/0, true/false or "online"/"offline".
 */
const status = z.union([z.boolean(), z.number(), z.string()]).nullish()

function isOnline(online: z.output<typeof status>, deviceStatus: z.output<typeof status>): boolean {
  const value = online ?? deviceStatus
  if (typeof value === 'boolean') return value
  if (typeof value === 'number') return value === 1
  if (typeof value === 'string') return value === '1' || value.toLowerCase() === 'online' || value === 'true'
  return false
}

const channelSchema = z
  .object({
    accessControlChannelId: id.optional(),
    channelId: id.optional(),
    accessControlChannelName: text,
    accessControlChannelNo: text,
    accessControlId: text,
    accessControlName: text,
    deviceId: text,
    businessDeviceName: text,
    deviceName: text,
    deviceSn: text,
    deviceMac: text,
    ipAddress: text,
    roomId: text,
    accessChannelPositionPath: text,
    online: status,
    deviceStatus: status,
  })
  .refine((c) => c.accessControlChannelId !== undefined || c.channelId !== undefined, { message: 'channel without id' })
  .transform((c): TuyaChannel => ({
    channelId: c.accessControlChannelId ?? c.channelId ?? '',
    channelName: c.accessControlChannelName,
    channelNo: c.accessControlChannelNo,
    accessControlId: c.accessControlId,
    accessControlName: c.accessControlName,
    deviceId: c.deviceId,
    deviceName: c.businessDeviceName || c.deviceName,
    deviceSn: c.deviceSn,
    deviceMac: c.deviceMac,
    ipAddress: c.ipAddress,
    roomId: c.roomId,
    positionPath: c.accessChannelPositionPath,
    online: isOnline(c.online, c.deviceStatus),
  }))

const channelPage = pageSchema(channelSchema)

export async function listChannels(api: TuyaApi, filter: TuyaChannelFilter = {}, options: CallOptions = {}): Promise<TuyaPage<TuyaChannel>> {
  const p = paging(filter)
  const { result } = await api.call({
    method: 'GET',
    path: '/v1.0/iot-02/building/access-control-channels',
    query: {
      projectId: api.projectId,
      accessControlName: filter.accessControlName,
      accessControlChannelName: filter.accessControlChannelName,
      ipAddress: filter.ipAddress,
      deviceMac: filter.deviceMac,
      deviceSn: filter.deviceSn,
      cid: filter.cid,
      // The filter's values are undocumented: 1 online, 0 offline, like the other status codes.
      deviceStatus: filter.online === undefined ? undefined : filter.online ? 1 : 0,
      roomId: filter.roomId,
      containSub: filter.containSub,
      page: p.page,
      pageSize: p.pageSize,
    },
    kind: 'read',
    label: 'GET access-control-channels',
    signal: options.signal,
  })
  return toPage(decode(channelPage, result, 'access-control-channels'), p)
}
