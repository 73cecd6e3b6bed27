/**
 * Redaction for everything that may reach a log line or a diagnostic: known secret field names
 * are masked wherever they appear, and secret values registered at run time (tokens as they are
 * minted) are masked inside any string.
 */
const SECRET_KEYS = /^(access_?token|refresh_?token|client_?secret|access_?secret|secret|password|passwd|sign|authorization|token|cookie)$/i

export const REDACTED = '«redacted»'

export class Redactor {
  private readonly values = new Set<string>()

  /** Register a secret value (≥ 6 chars, so short ids are not masked by accident). */
  add(value: string | undefined | null): void {
    if (value && value.length >= 6) this.values.add(value)
  }

  forget(value: string | undefined | null): void {
    if (value) this.values.delete(value)
  }

  text(input: string): string {
    let out = input
    for (const v of this.values) if (out.includes(v)) out = out.split(v).join(REDACTED)
    return out
      .replace(/(Bearer\s+)[A-Za-z0-9._~+/=-]+/gi, `$1${REDACTED}`)
      .replace(/((?:access_token|refresh_token|client_secret|password|sign)=)[^&\s"]+/gi, `$1${REDACTED}`)
  }

  value(input: unknown, depth = 0): unknown {
    if (depth > 8) return '…'
    if (typeof input === 'string') return this.text(input)
    if (Array.isArray(input)) return input.map((v) => this.value(v, depth + 1))
    if (input && typeof input === 'object') {
      const out: Record<string, unknown> = {}
      for (const [k, v] of Object.entries(input)) {
        out[k] = SECRET_KEYS.test(k) && v !== undefined && v !== null && v !== '' ? REDACTED : this.value(v, depth + 1)
      }
      return out
    }
    return input
  }
}
