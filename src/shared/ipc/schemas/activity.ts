import { z } from 'zod'
import { ACTIVITY_RESULTS, type ActivityResult } from '../../domain/activity'
import { FIELD_LIMITS as L } from '../../field-limits'

/** The largest page of the activity log one message carries. */
export const MAX_ACTIVITY_PAGE = 500

const epochMs = z.number().int().min(0).max(8_640_000_000_000_000)

export const activityPageInput = z
  .object({
    offset: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).default(0),
    limit: z.number().int().min(1).max(MAX_ACTIVITY_PAGE).default(100),
    search: z.string().trim().max(L.search).optional(),
    result: z.enum(ACTIVITY_RESULTS as [ActivityResult, ...ActivityResult[]]).optional(),
    connectionId: z.string().uuid().optional(),
    projectId: z.string().trim().min(1).max(L.cloudId).optional(),
    from: epochMs.optional(),
    to: epochMs.optional(),
  })
  .strict()
  .refine((q) => q.projectId === undefined || q.connectionId !== undefined, { message: 'a project needs its connection', path: ['projectId'] })

export const setInstallerInput = z.object({ name: z.string().trim().min(1).max(L.installerName) }).strict()
