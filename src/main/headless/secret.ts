import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'

export function newLaunchSecret(): string {
  return randomBytes(32).toString('hex')
}

/** Constant-time comparison; hashing first makes lengths equal so length leaks nothing either. */
export function secretsMatch(expected: string, given: string): boolean {
  const a = createHash('sha256').update(expected).digest()
  const b = createHash('sha256').update(given).digest()
  return timingSafeEqual(a, b)
}
