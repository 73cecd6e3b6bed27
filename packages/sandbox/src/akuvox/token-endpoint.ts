import type { Clock } from '../common/clock'
import type { FaultController } from '../common/faults'
import type { FailureCode, FailureRenderer, RenderedFailure } from './failure'
import type { TokenStore } from './tokens'

export interface SandboxCredentials {
  readonly clientId: string
  readonly clientSecret: string
  readonly username: string
  readonly password: string
}

const DEFAULT_EXPIRES_IN = 3600
const MAX_EXPIRES_IN = 30 * 86_400

export interface TokenEndpointDeps {
  readonly credentials: SandboxCredentials
  readonly tokens: TokenStore
  readonly faults: FaultController
  readonly clock: Clock
  readonly failure: FailureRenderer
}

/**
 * `POST …/oauth2/token` with a form body (docs/clouds.md#akuvox-authentication): the `password` grant (scope
 * `manager`), `client_credentials` (no refresh token) and `refresh_token` (rotating).
 */
export function tokenEndpoint(deps: TokenEndpointDeps, contentType: string, body: string): RenderedFailure {
  const now = deps.clock.now()
  const fail = (code: FailureCode, message: string): RenderedFailure => deps.failure(code, message, now)
  if (!contentType.toLowerCase().startsWith('application/x-www-form-urlencoded')) {
    return fail('invalid_request', 'Content-Type must be application/x-www-form-urlencoded')
  }
  const form = new URLSearchParams(body)
  const field = (name: string): string => form.get(name) ?? ''
  const { credentials, tokens } = deps
  if (field('client_id') !== credentials.clientId || field('client_secret') !== credentials.clientSecret) {
    return fail('invalid_client', 'client_id or client_secret is wrong')
  }
  let lifetime = DEFAULT_EXPIRES_IN
  if (form.has('expires_in')) {
    const asked = Number(field('expires_in'))
    if (!Number.isInteger(asked) || asked < 60 || asked > MAX_EXPIRES_IN)
      return fail('invalid_request', `expires_in must be a whole number of seconds from 60 to ${MAX_EXPIRES_IN}`)
    lifetime = asked
  }
  // The early-expiry fault shortens every token minted while it is set.
  lifetime = deps.faults.settings.tokenTtlSeconds ?? lifetime
  let issued
  switch (field('grant_type')) {
    case 'password':
      if (field('scope') !== 'manager') return fail('invalid_request', 'scope must be manager for manager-commands')
      if (field('username') !== credentials.username || field('password') !== credentials.password)
        return fail('invalid_grant', 'username or password is wrong')
      issued = tokens.issue(credentials.clientId, lifetime, true)
      break
    case 'client_credentials':
      issued = tokens.issue(credentials.clientId, lifetime, false)
      break
    case 'refresh_token':
      issued = tokens.rotate(field('refresh_token'), credentials.clientId, lifetime)
      if (!issued) return fail('invalid_grant', 'refresh_token is invalid or already used')
      break
    case '':
      return fail('invalid_request', 'grant_type is required')
    default:
      return fail('unsupported_grant_type', `grant_type ${field('grant_type')} is not supported`)
  }
  return {
    status: 200,
    body: {
      success: true,
      timestamp: now,
      result: {
        access_token: issued.accessToken,
        ...(issued.refreshToken ? { refresh_token: issued.refreshToken } : {}),
        token_type: 'bearer',
        expires_in: issued.expiresIn,
      },
    },
  }
}
