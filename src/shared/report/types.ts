/** Who a person in the pack is, in the cloud's terms: an Akuvox staff access or resident, a Tuya person. */
export type PackPersonKind = 'staff' | 'resident' | 'person'

/** One person in the handover pack: credentials as the pack prints them (PINs already masked in main). */
export interface PackPerson {
  readonly name: string
  readonly kind: PackPersonKind
  /** Building and residence (a resident), or organisation (a Tuya person); empty when none. */
  readonly place: string
  /** Masked: ••34. */
  readonly pins: readonly string[]
  readonly cards: readonly string[]
  readonly faces: number
  readonly groups: readonly string[]
  /** Doors as "device · relay" (Akuvox, through the groups) or channel names (Tuya, from permissions). */
  readonly doors: readonly string[]
}

/** One door of the site: an Akuvox relay or security relay, or a Tuya channel. */
export interface PackDoor {
  readonly name: string
  readonly deviceName: string
  readonly kind: 'relay' | 'securityRelay' | 'channel'
  readonly online: boolean
  /** Access groups that open it (Akuvox); empty for Tuya, whose permissions are per person. */
  readonly groups: readonly string[]
}

/** The most people one `report:people` page holds. */
export const PACK_PEOPLE_PAGE = 500

/** A `report:people` page stops at about this many bytes of JSON, whatever the count (a person's doors grow with the site). */
export const PACK_PAGE_BYTES = 512 * 1024
