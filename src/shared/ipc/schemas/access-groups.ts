import { z } from 'zod'
import { intentKey } from './intent'
import { AKUVOX_REPEAT_MODES } from '../../domain/akuvox'
import { FIELD_LIMITS as L } from '../../field-limits'
import { confirmedDuplicates } from './duplicates'

const id = z.string().trim().min(1).max(L.cloudId)

/** Times as the API takes them (UTC): `HH:mm:ss`, or `YYYY-MM-DD HH:mm:ss` for a one-off window. */
const utcTime = z.string().regex(/^(\d{4}-\d{2}-\d{2} )?([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/)

/** Week days as the cloud writes them: "0" (Sunday) … "6" (Saturday). */
const weekDay = z.string().regex(/^[0-6]$/)

const MAX_BATCH = 100

export const projectScope = z.object({ connectionId: z.string().uuid(), projectId: id }).strict()

const utcScheduleInput = z
  .object({
    repeatMode: z.enum(AKUVOX_REPEAT_MODES),
    availableDays: z.array(weekDay).max(7).readonly(),
    startTime: utcTime,
    finishTime: utcTime,
  })
  .strict()
  .refine((s) => s.repeatMode !== 'weekly' || s.availableDays.length > 0, { message: 'weekly needs at least one day', path: ['availableDays'] })
  .refine((s) => s.startTime !== s.finishTime, { message: 'start and finish must differ', path: ['finishTime'] })

const doorSelectionInput = z
  .object({ deviceId: id, relayIds: z.array(id).max(L.relaysPerDevice).readonly(), securityRelayIds: z.array(id).max(L.relaysPerDevice).readonly() })
  .strict()
  .refine((d) => d.relayIds.length + d.securityRelayIds.length > 0, { message: 'pick at least one relay of the device', path: ['relayIds'] })

const accessGroupDraftInput = z
  .object({
    name: z.string().trim().min(1).max(L.groupName),
    schedule: utcScheduleInput,
    doors: z.array(doorSelectionInput).min(1).max(L.groupDoors).readonly(),
  })
  .strict()

export const byGroup = projectScope.extend({ accessGroupId: id }).strict()
export const createGroupInput = projectScope.extend({ draft: accessGroupDraftInput, confirmedDuplicates, intentKey }).strict()
export const updateGroupInput = byGroup.extend({ draft: accessGroupDraftInput, confirmedDuplicates, intentKey }).strict()
export const deleteGroupsInput = projectScope.extend({ accessGroupIds: z.array(id).min(1).max(MAX_BATCH).readonly(), intentKey }).strict()

const residentRefInput = z.object({ accountId: id, residenceId: id, buildingId: id }).strict()
export const residentsChangeInput = byGroup.extend({ residents: z.array(residentRefInput).min(1).max(MAX_BATCH).readonly() }).strict()

/** A page of a group's known members, or (`accountIds`) whether those residents are among them. */
export const groupMembersInput = byGroup
  .extend({
    offset: z.number().int().min(0).max(1_000_000).default(0),
    limit: z.number().int().min(1).max(500).default(100),
    accountIds: z.array(id).max(500).readonly().optional(),
  })
  .strict()

export type ProjectScopeInput = z.infer<typeof projectScope>
