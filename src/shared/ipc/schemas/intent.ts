import { z } from 'zod'

/**
 * The form's intent key: one per opened form (or per confirmed dialog), sent with every submit of
 * it, so a double submit makes one change and an edit of a change still in the outbox replaces it
 * (src/main/services/outbox/cloud-first.ts).
 */
export const intentKey = z.string().uuid().optional()
