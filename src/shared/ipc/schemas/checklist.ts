import { z } from 'zod'
import { CHECKLIST_STATES, DOOR_CHECK_METHODS, DOOR_CHECK_RESULTS } from '../../domain/checklist'
import { FIELD_LIMITS as L } from '../../field-limits'
import { projectScope } from './project'

export const checklistDoorsQuery = projectScope
  .extend({
    state: z.enum(CHECKLIST_STATES).default('all'),
    buildingKey: z.string().trim().min(1).max(L.search).nullable().default(null),
    offset: z.number().int().min(0).max(1_000_000).default(0),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict()

/** The installer's test of one door; `untested` clears it. */
export const checklistRecordInput = projectScope
  .extend({
    doorKey: z.string().min(1).max(L.doorKey),
    result: z.enum([...DOOR_CHECK_RESULTS, 'untested']),
    method: z.enum(DOOR_CHECK_METHODS),
    note: z.string().trim().max(L.doorCheckNote).default(''),
  })
  .strict()
