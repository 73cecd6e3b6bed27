import { fail } from '../errors'
import { deviceOnline } from '../online'
import type { SbChannel } from '../model'
import { paginate } from '../params'
import { channelWire, structureWire } from '../wire'
import { type Route, type RouteContext, checkProject, contains } from './route'

/** `deviceStatus`: its values are undocumented, so 1/0 and online/offline are both accepted. */
function statusFilter(ctx: RouteContext): boolean | undefined {
  const raw = ctx.params.string('deviceStatus')
  if (raw === undefined) return undefined
  if (raw === '1' || raw === 'online') return true
  if (raw === '0' || raw === 'offline') return false
  throw fail(1109, 'deviceStatus must be 1/0 or online/offline')
}

function listChannels(ctx: RouteContext): unknown {
  const p = ctx.params
  checkProject(ctx, true)
  const { site, now } = ctx
  const online = statusFilter(ctx)
  const [accessControlName, ipAddress, deviceMac, cid, deviceSn, channelName, roomId] = [
    'accessControlName',
    'ipAddress',
    'deviceMac',
    'cid',
    'deviceSn',
    'accessControlChannelName',
    'roomId',
  ].map((k) => p.string(k))
  p.bool('containSub')
  const matching = (): SbChannel[] =>
    [...site.channels.values()].filter((c) => {
      const d = site.devices.get(c.deviceId)
      return (
        d !== undefined &&
        (online === undefined || deviceOnline(d, now) === online) &&
        contains(d.accessControlName, accessControlName) &&
        (ipAddress === undefined || d.ip === ipAddress) &&
        (deviceMac === undefined || d.mac.toLowerCase() === deviceMac.toLowerCase()) &&
        (cid === undefined || d.cid === cid) &&
        (deviceSn === undefined || d.sn === deviceSn) &&
        contains(c.name, channelName) &&
        (roomId === undefined || d.roomId === roomId)
      )
    })
  // Flapping devices go on and off line with the clock: status-filtered answers are not kept.
  const matches = online === undefined ? ctx.lists.channels.get(p.filterKey(), matching) : matching()
  return paginate(matches, p.page(), (c) => channelWire(site, c, now))
}

export const placeRoutes: readonly Route[] = [
  { method: 'GET', template: '/access-control-channels', reads: true, handle: listChannels },
  {
    method: 'GET',
    template: '/structures/actions/children-info',
    reads: true,
    handle: (ctx) => {
      checkProject(ctx, true)
      const structureId = ctx.params.string('structureId', { required: true })
      const { site } = ctx
      // The project id stands for "above the root", so the tree can be walked from the top.
      if (structureId === site.projectId) {
        const root = site.structures.get(site.rootStructureId)
        return root ? [structureWire(site, root)] : []
      }
      if (!site.structures.has(structureId)) throw fail(1000, `organisation ${structureId}`)
      return [...site.structures.values()].filter((s) => s.parentStructureId === structureId).map((s) => structureWire(site, s))
    },
  },
]
