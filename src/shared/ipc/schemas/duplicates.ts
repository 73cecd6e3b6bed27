import { z } from 'zod'

/**
 * The duplicates the installer confirmed for one save (a shared PIN or card, a group name two
 * groups share); main refuses any duplicate not listed (`duplicate_credential`, `duplicate_name`).
 */
export const confirmedDuplicates = z
  .array(z.object({ kind: z.enum(['pin', 'card', 'groupName']), value: z.string().trim().min(1).max(64) }).strict())
  .max(41)
  .readonly()
  .optional()
