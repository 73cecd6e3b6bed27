import { hasPending } from '@shared/sends/pending'
import type { ChannelRow } from '@shared/sends/types'

export interface ChannelFilter {
  readonly search: string
  readonly online: 'all' | 'online' | 'offline'
  readonly area: string | null
  readonly hasPending: boolean
}

export const NO_CHANNEL_FILTER: ChannelFilter = { search: '', online: 'all', area: null, hasPending: false }

export function filterChannels(channels: readonly ChannelRow[], f: ChannelFilter): ChannelRow[] {
  const q = f.search.trim().toLowerCase()
  return channels.filter(
    (c) =>
      (f.online === 'all' || (f.online === 'online') === c.online) &&
      (f.area === null || c.positionPath === f.area) &&
      (!f.hasPending || hasPending(c.permissions)) &&
      (!q || [c.name, c.deviceName, c.positionPath].some((v) => v.toLowerCase().includes(q))),
  )
}

export const areasOf = (channels: readonly ChannelRow[]): string[] => [...new Set(channels.map((c) => c.positionPath))].sort()
