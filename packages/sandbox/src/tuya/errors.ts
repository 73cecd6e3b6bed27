/** A refusal answered with Tuya's error envelope (HTTP 200). */
export class TuyaSandboxError extends Error {
  constructor(
    readonly code: number,
    readonly msg: string,
  ) {
    super(`${code} ${msg}`)
  }
}

export const MSG: Readonly<Record<number, string>> = {
  500: 'system error,please contact the admin',
  1000: 'data not exist',
  1002: 'access_token is null',
  1003: 'grant type invalid',
  1004: 'sign invalid',
  1005: 'clientId invalid',
  1010: 'token invalid',
  1011: 'token invalid',
  1012: 'token status is invalid',
  1013: 'request time is invalid',
  1100: 'param is empty',
  1105: 'missing the header',
  1106: 'permission deny',
  1108: 'uri path invalid',
  1109: 'param is illegal ,please check it',
  1110: 'concurrent request over limit',
}

export function fail(code: number, detail?: string): TuyaSandboxError {
  const base = MSG[code] ?? 'error'
  return new TuyaSandboxError(code, detail ? `${base}: ${detail}` : base)
}
