import type { Vendor } from './connection'
import { REGIONS } from './regions'

/** A project's site time zone as the installer set it: an IANA name such as `Asia/Shanghai`. */
export interface SiteZone {
  readonly zone: string
  readonly setAt: number
  /**
   * The site's last clock change that the installer has dealt with (shifted the groups for, or
   * said they need no shift): the shift step is offered again only for a later change.
   */
  readonly clockChangeSettledAt: number | null
}

/** A zone Fieldkey proposes, and where the idea came from. */
export type ZoneSuggestion =
  /** The time zone of the cloud's data centre (the connection's region). */
  | { readonly source: 'region'; readonly zone: string; readonly regionLabelKey: string }
  /** The time zone this computer is set to. */
  | { readonly source: 'laptop'; readonly zone: string }

export interface SiteZoneView {
  /** Null until the installer sets it. */
  readonly siteZone: SiteZone | null
  readonly suggestions: readonly ZoneSuggestion[]
}

/**
 * The zone most sites served by each data centre are in: only a suggestion, the installer
 * confirms it (a European data centre serves Lisbon and Helsinki alike).
 */
const REGION_ZONES: Readonly<Record<Vendor, Readonly<Record<string, string>>>> = {
  akuvox: {
    eu: 'Europe/Berlin',
    us: 'America/New_York',
    sg: 'Asia/Singapore',
    jp: 'Asia/Tokyo',
    au: 'Australia/Sydney',
    cn: 'Asia/Shanghai',
    'eu-test': 'Europe/Berlin',
    'cn-test': 'Asia/Shanghai',
  },
  tuya: {
    cn: 'Asia/Shanghai',
    usWest: 'America/Los_Angeles',
    usEast: 'America/New_York',
    euCentral: 'Europe/Berlin',
    euWest: 'Europe/Amsterdam',
    india: 'Asia/Kolkata',
  },
}

/** The region preset a connection uses: by its region id, or a custom address equal to a preset's. */
export function regionSuggestion(vendor: Vendor, regionId: string | null, baseUrl: string): ZoneSuggestion | null {
  const origin = (url: string): string | null => {
    try {
      return new URL(url).origin
    } catch {
      return null
    }
  }
  const preset = REGIONS[vendor].find((r) => r.id === regionId) ?? REGIONS[vendor].find((r) => origin(r.baseUrl) === origin(baseUrl))
  const zone = preset ? REGION_ZONES[vendor][preset.id] : undefined
  return preset && zone ? { source: 'region', zone, regionLabelKey: preset.labelKey } : null
}
