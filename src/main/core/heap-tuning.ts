import { setFlagsFromString } from 'node:v8'

/**
 * Keeps V8's young generation at its starting size (a few MB) instead of letting it double up to
 * 128 MB. A large sync decodes pages faster than they die, and V8 answers that by growing the
 * young generation: the main process then held 330–370 MB at the peak of a large sync, most of
 * it short-lived garbage (docs/architecture.md, Sync and health). `--max-semi-space-size` would cap it too,
 * but Electron's main process takes V8 flags only from its command line; the growth factor is
 * read each time the young generation would grow, so setting it at startup works in both hosts.
 * Process-wide: worker threads started afterwards (the cache writer) keep theirs small too.
 */
export function keepYoungGenerationSmall(): void {
  setFlagsFromString('--semi-space-growth-factor=1')
}
