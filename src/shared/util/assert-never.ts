/** Exhaustiveness guard for discriminated unions: a missing case is a compile error. */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`Unexpected ${what}: ${JSON.stringify(value)}`)
}
