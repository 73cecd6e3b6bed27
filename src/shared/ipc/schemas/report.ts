import { z } from 'zod'
import { FIELD_LIMITS as L } from '../../field-limits'
import { PACK_PEOPLE_PAGE } from '../../report/types'
import { projectScope } from './project'

export const packPeopleQuery = projectScope
  .extend({
    offset: z.number().int().min(0).max(1_000_000).default(0),
    limit: z.number().int().min(1).max(PACK_PEOPLE_PAGE).default(PACK_PEOPLE_PAGE),
  })
  .strict()

/** The file name the save dialog proposes; main makes it safe again and adds `.pdf`. */
export const savePdfInput = z.object({ fileName: z.string().trim().min(1).max(L.packFileName) }).strict()
