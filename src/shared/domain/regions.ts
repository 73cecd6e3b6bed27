import type { Vendor } from './connection'

export interface RegionPreset {
  readonly id: string
  /** i18n key under `regions.` */
  readonly labelKey: string
  readonly baseUrl: string
}

/**
 * Vendor data centres (docs/clouds.md#akuvox-hosts and #tuya-hosts). Akubela's hosts are quoted by two independent
 * third-party projects; integrators are told to start on a `.pre` test server.
 */
export const REGIONS: Readonly<Record<Vendor, readonly RegionPreset[]>> = {
  akuvox: [
    { id: 'eu', labelKey: 'akuvox.eu', baseUrl: 'https://api.ecloud.akubela.com' },
    { id: 'us', labelKey: 'akuvox.us', baseUrl: 'https://api.ucloud.akubela.com' },
    { id: 'sg', labelKey: 'akuvox.sg', baseUrl: 'https://api.scloud.akubela.com' },
    { id: 'jp', labelKey: 'akuvox.jp', baseUrl: 'https://api.jcloud.akubela.com' },
    { id: 'au', labelKey: 'akuvox.au', baseUrl: 'https://api.aucloud.akubela.com' },
    { id: 'cn', labelKey: 'akuvox.cn', baseUrl: 'https://api.ccloud.akubela.com' },
    { id: 'eu-test', labelKey: 'akuvox.euTest', baseUrl: 'https://api.ecloud.pre.akubela.com' },
    { id: 'cn-test', labelKey: 'akuvox.cnTest', baseUrl: 'https://api.ccloud.pre.akubela.com' },
  ],
  tuya: [
    { id: 'cn', labelKey: 'tuya.cn', baseUrl: 'https://openapi.tuyacn.com' },
    { id: 'usWest', labelKey: 'tuya.usWest', baseUrl: 'https://openapi.tuyaus.com' },
    { id: 'usEast', labelKey: 'tuya.usEast', baseUrl: 'https://openapi-ueaz.tuyaus.com' },
    { id: 'euCentral', labelKey: 'tuya.euCentral', baseUrl: 'https://openapi.tuyaeu.com' },
    { id: 'euWest', labelKey: 'tuya.euWest', baseUrl: 'https://openapi-weaz.tuyaeu.com' },
    { id: 'india', labelKey: 'tuya.india', baseUrl: 'https://openapi.tuyain.com' },
  ],
}

export function findRegion(vendor: Vendor, id: string): RegionPreset | undefined {
  return REGIONS[vendor].find((r) => r.id === id)
}
