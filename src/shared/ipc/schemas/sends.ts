import { z } from 'zod'
import { FIELD_LIMITS as L } from '../../field-limits'
import { projectScope } from './project'

const id = z.string().trim().min(1).max(L.cloudId)
const ids = z.array(id).min(1).max(L.channelsPerSend).readonly()
const issueStatus = z.enum(['pending', 'sent'])
const time = z.number().int().min(0).max(8_640_000_000_000)

const SEND_KINDS = ['full', 'increment'] as const
const SEND_CERTIFICATES = ['card', 'cardFace', 'cardPassword', 'cardPasswordFace'] as const

export const permissionsQuery = projectScope
  .extend({
    channelId: id.optional(),
    personId: id.optional(),
    search: z.string().max(L.search).optional(),
    validity: z.enum(['permanent', 'expired', 'within7Days', 'within15Days', 'within30Days']).optional(),
    faceIssueStatus: issueStatus.optional(),
    cardIssueStatus: issueStatus.optional(),
    fingerprintIssueStatus: issueStatus.optional(),
    offset: z.number().int().min(0).max(1_000_000).default(0),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict()

export const permissionRef = projectScope.extend({ accessAuthId: id }).strict()

const sendDraftInput = z.object({ channelIds: ids, kind: z.enum(SEND_KINDS), certificates: z.enum(SEND_CERTIFICATES) }).strict()

export const sendInput = projectScope.extend({ draft: sendDraftInput }).strict()

export const tasksQuery = projectScope
  .extend({
    search: z.string().max(L.search).optional(),
    state: z.enum(['running', 'finished']).optional(),
    kind: z.enum(SEND_KINDS).optional(),
    outcome: z.enum(['succeeded', 'partial', 'failed', 'terminated']).optional(),
    withPermissions: z.boolean().optional(),
    startFrom: time.optional(),
    startTo: time.optional(),
    offset: z.number().int().min(0).max(1_000_000).default(0),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict()

export const taskRef = projectScope.extend({ taskId: id }).strict()

export const recordRef = projectScope.extend({ recordId: id }).strict()

export const tasksInput = projectScope.extend({ taskIds: ids }).strict()

export const retryInput = tasksInput

export const reportInput = projectScope.extend({ preparedBy: z.string().trim().max(L.preparedBy) }).strict()
