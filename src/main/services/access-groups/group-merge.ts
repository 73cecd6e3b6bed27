import type { AkuvoxAccessGroupDeviceInput } from '@shared/domain/akuvox'
import { asList } from '@shared/merge/three-way'
import { z } from 'zod'
import type { MergeSpec } from '../outbox/operation-handler'

const relay = z.object({ relayId: z.string(), relayName: z.string() })

/** An access group as the outbox keeps it: its info, devices without their online status. */
const groupSnapshot = z.object({
  accessGroupName: z.string(),
  repeatMode: z.string(),
  availableDays: z.array(z.string()),
  startTime: z.string(),
  finishTime: z.string(),
  devices: z.array(
    z.object({ deviceId: z.string(), deviceName: z.string(), buildingId: z.string(), mac: z.string(), relays: z.array(relay), securityRelays: z.array(relay) }),
  ),
})

interface Schedule {
  readonly repeatMode: string
  readonly availableDays?: readonly string[]
  readonly startTime: string
  readonly finishTime: string
}

/** The schedule as one value: repeat, days and UTC times change together. */
const scheduleText = (s: Schedule): string =>
  JSON.stringify({ repeatMode: s.repeatMode, availableDays: [...(s.availableDays ?? [])].sort(), startTime: s.startTime, finishTime: s.finishTime })

/** One door as a list element: `deviceId/r/relayId` (relay) or `deviceId/s/relayId` (security relay). */
const door = (deviceId: string, kind: 'r' | 's', relayId: string): string => `${deviceId}/${kind}/${relayId}`
const doorsOf = (devices: readonly Pick<AkuvoxAccessGroupDeviceInput, 'deviceId' | 'relayIds' | 'securityRelayIds'>[]): string[] =>
  devices.flatMap((d) => [...d.relayIds.map((r) => door(d.deviceId, 'r', r)), ...d.securityRelayIds.map((r) => door(d.deviceId, 's', r))])

/** An access group update merged field by field: name, schedule, and the doors one by one. */
export const groupUpdateMerge: MergeSpec<'akuvox.accessGroup.update'> = {
  fields: [
    { key: 'groupName', format: 'text' },
    { key: 'schedule', format: 'schedule' },
    { key: 'doors', format: 'names' },
  ],
  read(snapshot) {
    const parsed = groupSnapshot.safeParse(snapshot)
    if (!parsed.success) return null
    const g = parsed.data
    const devices = g.devices.map((d) => ({
      deviceId: d.deviceId,
      relayIds: d.relays.map((r) => r.relayId),
      securityRelayIds: d.securityRelays.map((r) => r.relayId),
    }))
    return { groupName: g.accessGroupName, schedule: scheduleText(g), doors: doorsOf(devices) }
  },
  mine: ({ input }) => ({ groupName: input.accessGroupName, schedule: scheduleText(input), doors: doorsOf(input.devices) }),
  build(op, merged, theirs) {
    const cloud = groupSnapshot.safeParse(theirs)
    const known = new Map<string, Pick<AkuvoxAccessGroupDeviceInput, 'buildingId' | 'mac'>>([
      ...op.input.devices.map((d) => [d.deviceId, d] as const),
      ...(cloud.success ? cloud.data.devices.map((d) => [d.deviceId, d] as const) : []),
    ])
    const devices = new Map<string, AkuvoxAccessGroupDeviceInput>()
    for (const element of asList(merged.doors)) {
      const [deviceId = '', kind, relayId = ''] = element.split('/')
      const device = devices.get(deviceId) ?? {
        deviceId,
        buildingId: known.get(deviceId)?.buildingId ?? '',
        mac: known.get(deviceId)?.mac ?? '',
        relayIds: [],
        securityRelayIds: [],
      }
      devices.set(
        deviceId,
        kind === 's' ? { ...device, securityRelayIds: [...device.securityRelayIds, relayId] } : { ...device, relayIds: [...device.relayIds, relayId] },
      )
    }
    const schedule = typeof merged.schedule === 'string' ? (JSON.parse(merged.schedule) as typeof op.input) : op.input
    return {
      ...op,
      input: {
        ...op.input,
        accessGroupName: typeof merged.groupName === 'string' ? merged.groupName : op.input.accessGroupName,
        repeatMode: schedule.repeatMode,
        availableDays: schedule.availableDays ?? [],
        startTime: schedule.startTime,
        finishTime: schedule.finishTime,
        devices: [...devices.values()],
      },
    }
  },
  names(snapshots) {
    const names: Record<string, string> = {}
    for (const snapshot of snapshots) {
      const parsed = groupSnapshot.safeParse(snapshot)
      if (!parsed.success) continue
      for (const d of parsed.data.devices) {
        for (const r of d.relays) names[door(d.deviceId, 'r', r.relayId)] = `${d.deviceName} · ${r.relayName}`
        for (const r of d.securityRelays) names[door(d.deviceId, 's', r.relayId)] = `${d.deviceName} · ${r.relayName}`
      }
    }
    return names
  },
}
