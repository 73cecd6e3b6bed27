import { AppErrorException, appError } from '@shared/errors'

const LOOPBACK_HOSTS = new Set(['localhost', '[::1]', '::1'])

function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname) || /^127(\.\d{1,3}){3}$/.test(hostname)
}

/**
 * Cloud base URLs must be https; plain http is allowed only on loopback (the built-in sandbox).
 * Returns the URL without a trailing slash.
 */
export function normaliseCloudBaseUrl(raw: string): string {
  let url: URL
  try {
    url = new URL(raw.trim())
  } catch {
    throw new AppErrorException(appError('invalid_input', { messageKey: 'errors.baseUrl.invalid', params: { field: 'baseUrl' } }))
  }
  const loopback = isLoopbackHost(url.hostname)
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new AppErrorException(appError('invalid_input', { messageKey: 'errors.baseUrl.https', params: { field: 'baseUrl' } }))
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new AppErrorException(appError('invalid_input', { messageKey: 'errors.baseUrl.invalid', params: { field: 'baseUrl' } }))
  }
  return url.origin + url.pathname.replace(/\/+$/, '')
}
