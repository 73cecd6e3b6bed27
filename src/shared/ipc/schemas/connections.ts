import { z } from 'zod'

const text = (max: number) => z.string().trim().min(1).max(max)
/** Secrets are taken as typed: no trimming (a trailing space may be part of a password). */
const secret = z.string().min(1).max(512)

export const connectionId = z.string().uuid()

const serverInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('region'), region: text(40) }).strict(),
  z.object({ kind: z.literal('custom'), baseUrl: text(300) }).strict(),
])

const akuvoxCredentialsInput = z.object({ clientId: text(200), clientSecret: secret, username: text(200), password: secret }).strict()

const tuyaCredentialsInput = z.object({ accessId: text(200), accessSecret: secret, projectId: text(100) }).strict()

export const addConnectionInput = z.discriminatedUnion('vendor', [
  z.object({ vendor: z.literal('akuvox'), label: text(80), server: serverInput, credentials: akuvoxCredentialsInput }).strict(),
  z.object({ vendor: z.literal('tuya'), label: text(80), server: serverInput, credentials: tuyaCredentialsInput }).strict(),
])

/** Edit: every field optional; a secret left out keeps the saved one. */
export const editConnectionInput = z
  .object({
    id: connectionId,
    label: text(80).optional(),
    server: serverInput.optional(),
    credentials: z
      .union([
        z
          .object({
            vendor: z.literal('akuvox'),
            clientId: text(200).optional(),
            clientSecret: secret.optional(),
            username: text(200).optional(),
            password: secret.optional(),
          })
          .strict(),
        z.object({ vendor: z.literal('tuya'), accessId: text(200).optional(), accessSecret: secret.optional(), projectId: text(100).optional() }).strict(),
      ])
      .optional(),
  })
  .strict()

export const byConnection = z.object({ id: connectionId }).strict()

export const chooseProjectInput = z.object({ id: connectionId, projectId: text(100) }).strict()

export const openDemoInput = z.object({ vendor: z.enum(['akuvox', 'tuya']) }).strict()

export type AddConnectionInput = z.infer<typeof addConnectionInput>
export type EditConnectionInput = z.infer<typeof editConnectionInput>
