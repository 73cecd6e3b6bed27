import type { TuyaAuthTask } from '../domain/tuya'

export interface NamedChannel {
  readonly channelId: string
  readonly name: string
  readonly deviceName: string
}

/**
 * Task items name their channel and device but carry no channel id (seed 004). A task is matched
 * to the one channel with that name on that device; none or several: null (shown by name only).
 */
export function channelOfTask(task: Pick<TuyaAuthTask, 'accessControlChannelName' | 'businessDeviceName'>, channels: readonly NamedChannel[]): string | null {
  const found = channels.filter((c) => c.name === task.accessControlChannelName && c.deviceName === task.businessDeviceName)
  return found.length === 1 ? (found[0]?.channelId ?? null) : null
}
