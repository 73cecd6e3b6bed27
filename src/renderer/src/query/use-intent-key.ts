import { useCallback, useState } from 'react'

/**
 * One key per intent, sent with every submit of a form: main makes one change per key (a double
 * submit gets the first one's answer; a change still in the outbox is replaced, not queued
 * again). A form that stays open after a change was made renews it, so the next edit is a new
 * change. `initial` continues an intent already waiting in the outbox.
 */
export function useIntentKey(initial?: string | null): { readonly key: string; readonly renew: () => void } {
  const [key, setKey] = useState(() => initial ?? crypto.randomUUID())
  const renew = useCallback(() => setKey(crypto.randomUUID()), [])
  return { key, renew }
}
