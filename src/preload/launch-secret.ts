/** Where the bridge keeps the secret for reloads: sessionStorage is this tab's and this origin's only. */
export const SECRET_STORAGE_KEY = 'fieldkey.launchKey'

export interface LaunchSecret {
  readonly secret: string
  /** The address to show instead (same path and query, no key), or null when it carried none. */
  readonly cleanAddress: string | null
}

/**
 * The per-launch secret rides in the fragment of the address the host printed (`#key=…`). The page
 * takes it out again so it is not left in browser history; a reload then finds it in `stored`.
 */
export function readLaunchSecret(href: string, stored: string | null): LaunchSecret {
  const url = new URL(href)
  const fragment = new URLSearchParams(url.hash.slice(1))
  const fromAddress = fragment.get('key')
  if (!fromAddress) return { secret: stored ?? '', cleanAddress: null }
  fragment.delete('key')
  const rest = fragment.toString()
  return { secret: fromAddress, cleanAddress: `${url.pathname}${url.search}${rest ? `#${rest}` : ''}` }
}
