import { z } from 'zod'
import { DEVICE_TYPE_FILTERS } from '../../domain/device-types'
import { FIELD_LIMITS as L } from '../../field-limits'
import { connectionId } from './connections'
import { canonicalZone } from '../../schedule/zone'

const id = z.string().trim().min(1).max(L.cloudId)

/** Every project-scoped request names the connection and the project. */
export const projectScope = z.object({ connectionId, projectId: id }).strict()

export const devicesQuery = projectScope
  .extend({
    search: z.string().max(L.search).optional(),
    deviceType: z.enum(DEVICE_TYPE_FILTERS).optional(),
    online: z.boolean().optional(),
    buildingId: id.optional(),
    offset: z.number().int().min(0).max(1_000_000).default(0),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict()

export const deviceRef = projectScope.extend({ deviceId: id }).strict()

export const outboxEntryRef = z.object({ entryId: z.number().int().positive() }).strict()

/** A conflict settled: the merge (naming the fields both sides changed where the installer keeps their own value), or the installer's own record whole. */
export const outboxResolveInput = z
  .object({
    entryId: z.number().int().positive(),
    resolution: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('merge'), keepMine: z.array(z.string().min(1).max(40)).max(50) }).strict(),
      z.object({ kind: z.literal('mine') }).strict(),
    ]),
  })
  .strict()

export const outboxReplayInput = z.object({ entryIds: z.array(z.number().int().positive()).min(1).max(500) }).strict()

export const outboxListInput = z.object({ connectionId: connectionId.optional(), projectId: id.optional() }).strict()

export const channelsQuery = projectScope.extend({ deviceId: id.optional() }).strict()

/** An IANA zone this runtime knows (`Asia/Shanghai`), kept in its canonical spelling. */
export const siteZoneInput = projectScope
  .extend({
    zone: z
      .string()
      .trim()
      .min(1)
      .max(L.timeZone)
      .refine((zone) => canonicalZone(zone) !== null, { message: 'unknown time zone' })
      .transform((zone) => canonicalZone(zone) as string),
  })
  .strict()

/** The clock change (an instant, ms) whose groups the installer shifted or left as they are. */
export const clockChangeInput = projectScope.extend({ changeAt: z.number().int().min(0).max(8_640_000_000_000_000) }).strict()
