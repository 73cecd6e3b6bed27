import { fail } from '../errors'
import { structureWithDescendants } from '../generate'
import { PERMANENT_END, type SbAuth } from '../model'
import { paginate } from '../params'
import { startSend } from '../tasks'
import { authDetailWire, authWire } from '../wire'
import { type Route, type RouteContext, checkProject, contains } from './route'

const DAY = 86_400_000

/** `authDateType`: 0 permanent, -1 expired, 7/15/30 expiring within that many days. */
function validityMatches(auth: SbAuth, type: number | undefined, now: number): boolean {
  if (type === undefined) return true
  if (type === 0) return auth.end >= PERMANENT_END
  if (type === -1) return auth.end < now
  return auth.end >= now && auth.end < now + type * DAY
}

function listAuth(ctx: RouteContext): unknown {
  const p = ctx.params
  checkProject(ctx, true)
  const { site, now } = ctx
  const structureId = p.string('structureId')
  const scope = structureId === undefined ? null : structureWithDescendants(site, structureId)
  const sex = p.int('sex', { allowed: [0, 1, 2] })
  const authDateType = p.int('authDateType', { allowed: [0, -1, 7, 15, 30] })
  const [name, mobile, personCode, channelName, roomId, deviceName] = [
    'name',
    'mobile',
    'personCode',
    'accessControlChannelName',
    'accessChannelRoomId',
    'businessDeviceName',
  ].map((k) => p.string(k))
  const authStart = p.int('authStartTime')
  const authEnd = p.int('authEndTime')
  const status = {
    face: p.int('faceIssueStatus', { allowed: [0, 1] }),
    card: p.int('cardIssueStatus', { allowed: [0, 1] }),
    fingerprint: p.int('fingerprintIssueStatus', { allowed: [0, 1] }),
  }
  const channelIds = p.list('channelIds')
  const matching = (): SbAuth[] => {
    const source = channelIds ? channelIds.flatMap((id) => site.authsByChannel.get(id) ?? []) : [...site.auths.values()]
    return source.filter((a) => {
      const person = site.persons.get(a.personId)
      const channel = site.channels.get(a.channelId)
      const device = channel ? site.devices.get(channel.deviceId) : undefined
      if (!person || person.deletedAt !== null || !channel || !device) return false
      return (
        (!scope || scope.has(person.structureId)) &&
        (sex === undefined || person.sex === sex) &&
        contains(person.name, name) &&
        contains(person.mobile, mobile) &&
        (personCode === undefined || person.personCode === personCode) &&
        validityMatches(a, authDateType, now) &&
        contains(channel.name, channelName) &&
        (roomId === undefined || device.roomId === roomId) &&
        contains(device.deviceName, deviceName) &&
        (authStart === undefined || a.start >= authStart) &&
        (authEnd === undefined || a.end <= authEnd) &&
        (status.face === undefined || a.face === status.face) &&
        (status.card === undefined || a.card === status.card) &&
        (status.fingerprint === undefined || a.fingerprint === status.fingerprint)
      )
    })
  }
  // Validity types are relative to the clock: those answers are not kept.
  const matches = authDateType === undefined ? ctx.lists.auths.get(p.filterKey(), matching) : matching()
  return paginate(matches, p.page(), (a) => authWire(site, a))
}

function send(kind: number) {
  return (ctx: RouteContext): unknown => {
    checkProject(ctx, true)
    const certificate = ctx.params.int('authIssueCertificate', { required: true, allowed: [1, 2, 3, 4] })
    const channelIds = ctx.params.list('channelIds', { required: true }) ?? []
    // The seed's result is a String: the started tasks' ids, comma-separated.
    return startSend(ctx.site, kind, certificate, channelIds, ctx.now, ctx.settings).join(',')
  }
}

export const permissionRoutes: readonly Route[] = [
  { method: 'POST', template: '/access-auth', reads: true, handle: listAuth },
  {
    method: 'GET',
    template: '/access-auth/detail',
    reads: true,
    handle: (ctx) => {
      checkProject(ctx, true)
      const id = ctx.params.string('accessAuthId', { required: true })
      const auth = ctx.site.auths.get(id)
      const person = auth ? ctx.site.persons.get(auth.personId) : undefined
      if (!auth || !person || person.deletedAt !== null) throw fail(1000, `access auth ${id}`)
      return authDetailWire(ctx.site, auth, ctx.origin)
    },
  },
  { method: 'POST', template: '/access-auth-issue/actions/full', handle: send(1) },
  { method: 'POST', template: '/access-auth-issue/actions/increment', handle: send(2) },
]
