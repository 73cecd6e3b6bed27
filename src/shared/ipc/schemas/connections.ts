import { z } from 'zod'
import { FIELD_LIMITS as L } from '../../field-limits'

const text = (max: number) => z.string().trim().min(1).max(max)
/** Secrets are taken as typed: no trimming (a trailing space may be part of a password). */
const secret = z.string().min(1).max(L.secret)

export const connectionId = z.string().uuid()

const serverInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('region'), region: text(L.region) }).strict(),
  z.object({ kind: z.literal('custom'), baseUrl: text(L.serverAddress) }).strict(),
])

const akuvoxCredentialsInput = z.object({ clientId: text(L.accountText), clientSecret: secret, username: text(L.accountText), password: secret }).strict()

const tuyaCredentialsInput = z.object({ accessId: text(L.accountText), accessSecret: secret, projectId: text(L.cloudId) }).strict()

export const addConnectionInput = z.discriminatedUnion('vendor', [
  z.object({ vendor: z.literal('akuvox'), label: text(L.connectionName), server: serverInput, credentials: akuvoxCredentialsInput }).strict(),
  z.object({ vendor: z.literal('tuya'), label: text(L.connectionName), server: serverInput, credentials: tuyaCredentialsInput }).strict(),
])

/** Edit: every field optional; a secret left out keeps the saved one. */
export const editConnectionInput = z
  .object({
    id: connectionId,
    label: text(L.connectionName).optional(),
    server: serverInput.optional(),
    credentials: z
      .union([
        z
          .object({
            vendor: z.literal('akuvox'),
            clientId: text(L.accountText).optional(),
            clientSecret: secret.optional(),
            username: text(L.accountText).optional(),
            password: secret.optional(),
          })
          .strict(),
        z
          .object({
            vendor: z.literal('tuya'),
            accessId: text(L.accountText).optional(),
            accessSecret: secret.optional(),
            projectId: text(L.cloudId).optional(),
          })
          .strict(),
      ])
      .optional(),
  })
  .strict()

export const byConnection = z.object({ id: connectionId }).strict()

export const chooseProjectInput = z.object({ id: connectionId, projectId: text(L.cloudId) }).strict()

/** Blank (null) lifts the installer's ceiling; Fieldkey's own still applies. */
export const setMaxRateInput = z.object({ id: connectionId, maxPerSecond: z.number().positive().max(L.maxRequestsPerSecond).nullable() }).strict()

export const openDemoInput = z.object({ vendor: z.enum(['akuvox', 'tuya']) }).strict()

export type AddConnectionInput = z.infer<typeof addConnectionInput>
export type EditConnectionInput = z.infer<typeof editConnectionInput>
