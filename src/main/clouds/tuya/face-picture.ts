import { type AppError, AppErrorException, appError } from '@shared/errors'
import { FACE_PICTURE_MAX_BYTES } from '@shared/people/face-picture-limit'
import type { HttpTransport } from '../http'
import type { CallOptions } from './call-options'

export interface FacePictureBytes {
  readonly mime: 'image/jpeg' | 'image/png' | 'image/webp'
  readonly bytes: Uint8Array
}

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/

/** The last two labels of a host name (`openapi.tuyacn.com` → `tuyacn.com`); null for an address. */
function domainOf(hostname: string): string | null {
  if (IPV4.test(hostname) || hostname.includes(':') || hostname.startsWith('[')) return null
  const labels = hostname.split('.').filter(Boolean)
  return labels.length >= 2 ? labels.slice(-2).join('.') : null
}

/**
 * Where a face picture may be read from: the cloud's configured origin, or an https address on
 * the cloud's own domain (a signed picture URL the API gives). Anything else is refused, so a
 * picture URL can never make Fieldkey call a host the installer did not configure.
 */
export function facePictureRefusal(imageUrl: string, baseUrl: string): AppError | null {
  let url: URL
  try {
    url = new URL(imageUrl)
  } catch {
    return pictureError('server', 'notAddress', `face picture URL is not an address`)
  }
  const base = new URL(baseUrl)
  if (url.username || url.password) return pictureError('forbidden', 'elsewhere', 'face picture URL carries credentials')
  if (url.origin === base.origin) return null
  const domain = domainOf(base.hostname)
  const onCloudDomain = domain !== null && url.protocol === 'https:' && (url.hostname === domain || url.hostname.endsWith(`.${domain}`))
  return onCloudDomain ? null : pictureError('forbidden', 'elsewhere', `face picture on ${url.origin}, not on the cloud's domain (${base.origin})`)
}

/** The picture's type from its first bytes (the server's Content-Type is not trusted). */
export function pictureType(bytes: Uint8Array): FacePictureBytes['mime'] | null {
  const at = (i: number) => bytes[i] ?? -1
  if (at(0) === 0xff && at(1) === 0xd8 && at(2) === 0xff) return 'image/jpeg'
  if (at(0) === 0x89 && at(1) === 0x50 && at(2) === 0x4e && at(3) === 0x47) return 'image/png'
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to))
  if (bytes.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp'
  return null
}

function pictureError(code: 'server' | 'forbidden' | 'not_found', reason: string, detail: string, params: Record<string, string | number> = {}): AppError {
  return appError(code, { messageKey: `errors.facePicture.${reason}`, params, detail })
}

/**
 * Reads a person's face picture through the one transport: only from the cloud's origin or
 * domain, never through a redirect, at most FACE_PICTURE_MAX_BYTES, and only if the bytes are a
 * picture. Failures are `AppErrorException`s worded for the face tab.
 */
export async function fetchFacePicture(transport: HttpTransport, baseUrl: string, imageUrl: string, options: CallOptions = {}): Promise<FacePictureBytes> {
  const refusal = facePictureRefusal(imageUrl, baseUrl)
  if (refusal) throw new AppErrorException(refusal)
  let answer
  try {
    answer = await transport.sendForBytes(
      { method: 'GET', url: imageUrl, idempotent: true, label: 'GET face picture', ...(options.signal ? { signal: options.signal } : {}) },
      FACE_PICTURE_MAX_BYTES,
    )
  } catch (error) {
    if (error instanceof AppErrorException && error.error.code === 'response_too_large')
      throw new AppErrorException(pictureError('server', 'tooLarge', error.error.detail ?? '', { kilobytes: FACE_PICTURE_MAX_BYTES / 1024 }))
    if (error instanceof AppErrorException && error.error.code === 'redirect_refused')
      throw new AppErrorException(pictureError('forbidden', 'elsewhere', error.error.detail ?? 'redirected'))
    throw error
  }
  if (answer.status === 404 || answer.status === 410) throw new AppErrorException(pictureError('not_found', 'gone', `HTTP ${answer.status}`))
  if (answer.status < 200 || answer.status >= 300) throw new AppErrorException(pictureError('server', 'notPicture', `HTTP ${answer.status}`))
  const mime = pictureType(answer.bytes)
  if (!mime) throw new AppErrorException(pictureError('server', 'notPicture', `${answer.bytes.length} bytes that are no JPEG, PNG or WebP`))
  return { mime, bytes: answer.bytes }
}
