import { z } from 'zod'

/**
 * The one keychain value per connection: its credentials and the tokens in use, as JSON. Parsed
 * leniently on the way in (a value written by a later version still yields what we understand).
 */
const akuvoxTokens = z.object({ accessToken: z.string(), refreshToken: z.string().nullable(), expiresAt: z.number() })
const tuyaTokens = z.object({
  accessToken: z.string(),
  refreshToken: z.string(),
  uid: z.string(),
  issuedAt: z.number(),
  expiresAt: z.number(),
})

export const storedSecretsSchema = z.discriminatedUnion('vendor', [
  z.object({
    vendor: z.literal('akuvox'),
    credentials: z.object({ clientId: z.string(), clientSecret: z.string(), username: z.string(), password: z.string() }),
    tokens: akuvoxTokens.nullable(),
  }),
  z.object({
    vendor: z.literal('tuya'),
    credentials: z.object({ accessId: z.string(), accessSecret: z.string() }),
    tokens: tuyaTokens.nullable(),
  }),
])

export type StoredSecrets = z.infer<typeof storedSecretsSchema>

export function parseStoredSecrets(raw: string | null): StoredSecrets | null {
  if (raw === null) return null
  try {
    const parsed = storedSecretsSchema.safeParse(JSON.parse(raw))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}
