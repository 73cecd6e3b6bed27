import { AppErrorException, appError } from '@shared/errors'
import { normaliseCloudBaseUrl } from '../base-url'

/**
 * Akubela's published hosts (api-notes A.2, quoted by two independent third-party projects;
 * verify on first contact). Integrators are told to start on a `.pre` test server.
 */
export const AKUVOX_REGIONS = [
  { id: 'eu', label: 'Europe (Frankfurt)', baseUrl: 'https://api.ecloud.akubela.com' },
  { id: 'us', label: 'Americas (California)', baseUrl: 'https://api.ucloud.akubela.com' },
  { id: 'sg', label: 'Asia (Singapore)', baseUrl: 'https://api.scloud.akubela.com' },
  { id: 'jp', label: 'Japan (Tokyo)', baseUrl: 'https://api.jcloud.akubela.com' },
  { id: 'au', label: 'Australia (Sydney)', baseUrl: 'https://api.aucloud.akubela.com' },
  { id: 'cn', label: 'China (Hangzhou)', baseUrl: 'https://api.ccloud.akubela.com' },
  { id: 'eu-test', label: 'Europe test server', baseUrl: 'https://api.ecloud.pre.akubela.com' },
  { id: 'cn-test', label: 'China test server', baseUrl: 'https://api.ccloud.pre.akubela.com' },
] as const

export type AkuvoxRegionId = (typeof AKUVOX_REGIONS)[number]['id']

export type AkuvoxServer = { readonly region: AkuvoxRegionId } | { readonly customBaseUrl: string }

/** The base URL for a region preset, or a custom one (https only; http on loopback for the sandbox). */
export function akuvoxBaseUrl(server: AkuvoxServer): string {
  if ('customBaseUrl' in server) return normaliseCloudBaseUrl(server.customBaseUrl)
  const preset = AKUVOX_REGIONS.find((r) => r.id === server.region)
  if (!preset) throw new AppErrorException(appError('invalid_input', { messageKey: 'errors.akuvox.unknownRegion', params: { region: server.region } }))
  return preset.baseUrl
}
