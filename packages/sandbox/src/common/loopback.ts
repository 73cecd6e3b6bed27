/**
 * Whether a host name is this machine: `localhost`, IPv6 `::1` (bare or in brackets, as `URL`
 * gives it) or any address in 127.0.0.0/8. The sandbox fetches import files only from loopback.
 */
export function isLoopbackHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '::1' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname)
}
