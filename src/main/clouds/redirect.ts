/** Where a refused redirect came from and pointed to (origins; null when the target is unknown). */
export interface RefusedRedirect {
  readonly from: string
  readonly to: string | null
}

/**
 * Cloud calls never follow redirects: a redirect would carry the password, client secret or
 * signed token to whatever address it names (another host, or plain http). Any 3xx but 304, and
 * an opaque redirect (status 0), is refused; the result names both ends for the message. A
 * same-origin target is shown with its path, so the two ends never read the same.
 */
export function refusedRedirect(
  requestUrl: string,
  answer: { readonly status: number; readonly type?: string; readonly location: string | null },
): RefusedRedirect | null {
  const isRedirect = (answer.status >= 300 && answer.status < 400 && answer.status !== 304) || answer.type === 'opaqueredirect'
  if (!isRedirect) return null
  const from = new URL(requestUrl).origin
  return { from, to: targetOf(from, requestUrl, answer.location) }
}

function targetOf(from: string, requestUrl: string, location: string | null): string | null {
  if (!location) return null
  try {
    const target = new URL(location, requestUrl)
    return target.origin === from ? `${target.origin}${target.pathname}` : target.origin
  } catch {
    return null
  }
}

/**
 * Electron's `net.fetch` in manual mode fails the request ("Redirect was cancelled") instead
 * of returning the 3xx answer; nothing was sent to the target either way.
 */
export function isCancelledRedirect(error: unknown): boolean {
  return error instanceof Error && /redirect/i.test(error.message)
}
