/** The simulated Tuya Smart Building project, held in memory. Times are sandbox-clock ms. */

export interface SbStructure {
  readonly structureId: string
  /** Empty for the root organisation. */
  readonly parentStructureId: string
  readonly name: string
  readonly level: number
  readonly sort: number
}

export interface SbPerson {
  readonly personId: string
  name: string
  enabled: boolean
  /** 0 unknown, 1 male, 2 female. */
  sex: number
  mobileCountry: string
  mobile: string
  email: string
  certArea: string
  certType: string
  certNo: string
  /** Face image; empty when the person has no face enrolled. */
  imagePath: string
  imageRating: number
  personCode: string
  uploadType: string
  structureId: string
  cards: number
  fingerprints: number
  hasPassword: boolean
  /** Set while the person is in the recycle bin. */
  deletedAt: number | null
  /** Organisation names at deletion (the recycle bin's "snapshot"). */
  snapshot: readonly string[]
}

export interface SbDevice {
  readonly deviceId: string
  readonly accessControlId: string
  readonly accessControlName: string
  readonly deviceName: string
  readonly sn: string
  readonly mac: string
  readonly ip: string
  readonly cid: string
  readonly roomId: string
  readonly positionPath: string
  /** Online when it does not flap. */
  readonly baseOnline: boolean
  /** Goes on and off line over time (deterministic from the clock). */
  readonly flapping: boolean
  /** Admin override; null follows the simulation. */
  forcedOnline: boolean | null
}

export interface SbChannel {
  readonly channelId: string
  readonly name: string
  readonly no: number
  readonly deviceId: string
}

/** Issue statuses per credential: 0 to be sent, 1 already sent. */
export interface SbAuth {
  readonly accessAuthId: string
  readonly personId: string
  readonly channelId: string
  readonly start: number
  readonly end: number
  readonly createdAt: number
  readonly source: number
  face: number
  card: number
  fingerprint: number
  password: number
}

/** What one record of a task pushes, per credential type. */
export interface SbCredentialCounts {
  readonly cards: number
  readonly passwords: number
  readonly faces: number
  readonly fingerprints: number
}

/** What of one person a scripted send failure refuses: the person (and so everything) or one credential. */
export type FailedPart = 'person' | 'card' | 'face' | 'password'

export interface SbRecord {
  readonly authTaskRecordId: string
  readonly authTaskId: string
  readonly personId: string
  readonly accessAuthId: string
  /** When the device answers for this person. */
  readonly dueAt: number
  readonly fails: boolean
  /** When it fails: the part the device refused; absent, everything failed (offline device, random failure). */
  readonly failedPart?: FailedPart
  readonly counts: SbCredentialCounts
  applied: boolean
}

export interface SbTask {
  readonly authTaskId: string
  readonly channelId: string
  /** authIssueType: 1 full, 2 increment. */
  readonly kind: number
  /** authIssueCertificate as sent (send meaning: 1 card … 4 card+password+face). */
  readonly certificate: number
  readonly startedAt: number
  readonly runsAt: number
  readonly finishAt: number
  readonly records: readonly SbRecord[]
}

export interface TuyaSite {
  readonly projectId: string
  readonly rootStructureId: string
  readonly structures: Map<string, SbStructure>
  readonly persons: Map<string, SbPerson>
  readonly devices: Map<string, SbDevice>
  readonly channels: Map<string, SbChannel>
  readonly auths: Map<string, SbAuth>
  readonly authsByChannel: Map<string, SbAuth[]>
  /** Newest last. */
  readonly tasks: SbTask[]
  readonly tasksById: Map<string, SbTask>
  readonly recordsById: Map<string, SbRecord>
  /** Next number for minted ids (persons, tasks, records). */
  nextId: number
}

/** The far-future end Tuya uses for "permanent" permissions (seed 004 sample). */
export const PERMANENT_END = 2556115199000
