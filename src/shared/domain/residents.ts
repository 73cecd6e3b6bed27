/** Residents of a site (Akuvox accounts) as access groups list and reference them. */

export interface Resident {
  readonly accountId: string
  readonly residenceId: string
  readonly residenceNo: string
  readonly familyName: string
  readonly buildingId: string
  readonly buildingName: string
  readonly name: string
}

export interface ResidentRef {
  readonly accountId: string
  readonly residenceId: string
  readonly buildingId: string
}
