import type { OffsetClock } from '../common/clock'
import type { AdminAnswer } from '../common/types'
import type { Casing, GatewayState, JournalEntry } from './gateway'
import type { FailedPart } from './model'
import { deviceOnline } from './online'

const FAILED_PARTS: readonly FailedPart[] = ['person', 'card', 'face', 'password']
import { recordStatus, taskOutcome, taskProgress } from './tasks'

/** Typed handles on the running sandbox: what tests call in-process and the admin routes expose. */
export interface TuyaSandboxControl {
  /** Moves the sandbox clock (token expiry, task progress, flapping devices) without sleeping. */
  advance(ms: number): void
  now(): number
  /** Forces a device on/off line; null hands it back to the simulation. */
  setDeviceOnline(deviceId: string, online: boolean | null): boolean
  /** Every live access token expires now. Returns how many were live. */
  expireTokens(): number
  setCasing(casing: Casing): void
  setSendFailureRate(rate: number): void
  /** Every later send fails this person's record, refusing that part of them; null ends it. False for an unknown person. */
  setPersonSendFailure(personId: string, part: FailedPart | null): boolean
  snapshot(): TuyaSandboxSnapshot
  journal(): readonly JournalEntry[]
}

export interface TuyaSandboxSnapshot {
  readonly projectId: string
  readonly rootStructureId: string
  readonly now: number
  readonly casing: Casing
  readonly sendFailureRate: number
  readonly counts: {
    readonly structures: number
    readonly persons: number
    readonly recycled: number
    readonly devices: number
    readonly offlineDevices: number
    readonly channels: number
    readonly accessAuths: number
    readonly tasks: number
  }
  readonly tasks: readonly {
    readonly authTaskId: string
    readonly channelId: string
    readonly kind: number
    readonly certificate: number
    readonly startedAt: number
    readonly progress: string
    readonly outcome: string
    readonly records: readonly { readonly personId: string; readonly status: string }[]
  }[]
}

export function createControl(state: GatewayState, clock: OffsetClock): TuyaSandboxControl {
  const { site, settings } = state
  return {
    advance: (ms) => clock.advance(ms),
    now: () => clock.now(),
    setDeviceOnline(deviceId, online) {
      const device = site.devices.get(deviceId)
      if (!device) return false
      device.forcedOnline = online
      return true
    },
    expireTokens: () => state.tokens.expireAll(clock.now()),
    setCasing: (casing) => {
      settings.casing = casing
    },
    setSendFailureRate(rate) {
      if (!(rate >= 0 && rate <= 1)) throw new Error('failure rate must be between 0 and 1')
      settings.sendFailureRate = rate
    },
    setPersonSendFailure(personId, part) {
      if (!site.persons.has(personId)) return false
      if (part === null) settings.failingPersons.delete(personId)
      else settings.failingPersons.set(personId, part)
      return true
    },
    snapshot() {
      const now = clock.now()
      const persons = [...site.persons.values()]
      return {
        projectId: site.projectId,
        rootStructureId: site.rootStructureId,
        now,
        casing: settings.casing,
        sendFailureRate: settings.sendFailureRate,
        counts: {
          structures: site.structures.size,
          persons: persons.filter((p) => p.deletedAt === null).length,
          recycled: persons.filter((p) => p.deletedAt !== null).length,
          devices: site.devices.size,
          offlineDevices: [...site.devices.values()].filter((d) => !deviceOnline(d, now)).length,
          channels: site.channels.size,
          accessAuths: site.auths.size,
          tasks: site.tasks.length,
        },
        tasks: site.tasks.map((t) => ({
          authTaskId: t.authTaskId,
          channelId: t.channelId,
          kind: t.kind,
          certificate: t.certificate,
          startedAt: t.startedAt,
          progress: taskProgress(t, now),
          outcome: taskOutcome(t, now),
          records: t.records.map((r) => ({ personId: r.personId, status: recordStatus(r) })),
        })),
      }
    },
    journal: () => [...state.journal],
  }
}

/**
 * Admin routes under /tuya/… (the shared admin server adds /faults/tuya):
 *   GET  state                       snapshot (counts, tasks and their records)
 *   GET  journal                     recent answers: method, path, Tuya code
 *   POST devices/<deviceId>/online   {online: true | false | null}
 *   POST tokens/expire               every live access token expires now
 *   POST clock/advance               {ms}
 *   POST casing                      {casing: "snake" | "camel"}
 *   POST sends                       {failureRate: 0..1}
 *   POST persons/<personId>/send-failure  {part: "person" | "card" | "face" | "password" | null}
 */
export function handleAdmin(control: TuyaSandboxControl, method: string, segments: readonly string[], body: unknown): AdminAnswer | null {
  const b = (body ?? {}) as Record<string, unknown>
  const path = segments.join('/')
  const bad = (error: string): AdminAnswer => ({ status: 400, body: { error } })
  if (method === 'GET' && path === 'state') return { status: 200, body: control.snapshot() }
  if (method === 'GET' && path === 'journal') return { status: 200, body: control.journal() }
  if (method !== 'POST') return null
  if (segments[0] === 'persons' && segments[2] === 'send-failure' && segments.length === 3) {
    const part = b.part
    if (part !== null && !FAILED_PARTS.some((p) => p === part)) return bad('part must be person, card, face, password or null')
    const personId = segments[1] ?? ''
    return control.setPersonSendFailure(personId, FAILED_PARTS.find((p) => p === part) ?? null)
      ? { status: 200, body: { personId, part } }
      : { status: 404, body: { error: 'no such person' } }
  }
  if (segments[0] === 'devices' && segments[2] === 'online' && segments.length === 3) {
    const online = b.online
    if (online !== null && typeof online !== 'boolean') return bad('online must be true, false or null')
    return control.setDeviceOnline(segments[1] ?? '', online)
      ? { status: 200, body: { deviceId: segments[1], online } }
      : { status: 404, body: { error: 'no such device' } }
  }
  switch (path) {
    case 'tokens/expire':
      return { status: 200, body: { expired: control.expireTokens() } }
    case 'clock/advance':
      if (typeof b.ms !== 'number' || !Number.isFinite(b.ms) || b.ms < 0) return bad('ms must be a number ≥ 0')
      control.advance(b.ms)
      return { status: 200, body: { now: control.now() } }
    case 'casing':
      if (b.casing !== 'snake' && b.casing !== 'camel') return bad('casing must be snake or camel')
      control.setCasing(b.casing)
      return { status: 200, body: { casing: b.casing } }
    case 'sends':
      if (typeof b.failureRate !== 'number' || b.failureRate < 0 || b.failureRate > 1) return bad('failureRate must be between 0 and 1')
      control.setSendFailureRate(b.failureRate)
      return { status: 200, body: { failureRate: b.failureRate } }
    default:
      return null
  }
}
