import type { AccountRole, DeviceType, ImportType, PaymentStatus, RepeatMode } from './enums'

/* The simulator's in-memory site. Maps keep insertion order, which is the order lists page in. */

export interface Building {
  readonly id: string
  readonly name: string
  /** Floors are named "1".."floors". */
  readonly floors: number
}

export interface Relay {
  readonly id: string
  readonly name: string
  readonly number: string
}

export interface Device {
  readonly id: string
  readonly name: string
  readonly mac: string
  readonly buildingId: string
  readonly type: DeviceType
  readonly relays: readonly Relay[]
  readonly securityRelays: readonly Relay[]
  /** Where the device sits most of the time; `online.ts` flips some of them over time. */
  readonly usuallyOnline: boolean
}

export interface Account {
  readonly id: string
  readonly name: string
  readonly firstName: string
  readonly lastName: string
  readonly email: string
  readonly phone: string
  readonly auth: AccountRole
  readonly region: string
  readonly paymentStatus: PaymentStatus
}

export interface Residence {
  readonly id: string
  readonly familyName: string
  readonly residenceNo: string
  readonly buildingId: string
  readonly accounts: readonly Account[]
}

/** The relays of one device a group opens. */
export interface GroupDoor {
  readonly deviceId: string
  readonly relayIds: readonly string[]
  readonly securityRelayIds: readonly string[]
}

export interface AccessGroup {
  readonly id: string
  name: string
  readonly type: 'system' | 'customized'
  repeatMode: RepeatMode
  availableDays: readonly string[]
  startTime: string
  finishTime: string
  readonly createdTime: string
  doors: readonly GroupDoor[]
  /** `residenceId/accountId` */
  readonly members: Set<string>
}

export interface Credential {
  readonly id: string
  readonly number: string
}

export interface Face {
  readonly id: string
  readonly pictureUrl: string
}

export interface FloorGrant {
  readonly buildingId: string
  readonly floors: readonly string[]
}

export interface StaffAccess {
  readonly id: string
  name: string
  readonly createdTime: string
  faces: readonly Face[]
  pinCodes: readonly Credential[]
  rfCards: readonly Credential[]
  accessGroupIds: readonly string[]
  floorAccesses: readonly FloorGrant[]
}

/** What an import row asks for, already resolved against the project. */
export interface StaffDraft {
  readonly name: string
  readonly facePictureUrls: readonly string[]
  readonly pinCodes: readonly string[]
  readonly rfCards: readonly string[]
  readonly accessGroupIds: readonly string[]
  readonly floorAccesses: readonly FloorGrant[]
}

export interface ImportTask {
  readonly id: string
  readonly type: ImportType
  readonly fileName: string
  readonly createdAt: number
  /** How long the import "takes", measured on the sandbox clock. */
  readonly durationMs: number
  readonly rowCount: number
  readonly accepted: readonly StaffDraft[]
  readonly failureCount: number
  /** Why the whole file failed (unreachable, not CSV…); null when rows were read. */
  readonly fileError: string | null
  applied: boolean
}

export interface Project {
  readonly id: string
  readonly name: string
  readonly buildings: Map<string, Building>
  readonly devices: Map<string, Device>
  readonly residences: Map<string, Residence>
  readonly accessGroups: Map<string, AccessGroup>
  readonly staff: Map<string, StaffAccess>
  readonly imports: Map<string, ImportTask>
}

export interface Site {
  readonly projects: Map<string, Project>
}
