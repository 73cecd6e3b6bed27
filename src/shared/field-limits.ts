/**
 * The limits of what an installer can type or pick, in one place: main's input schemas
 * (`src/shared/ipc/schemas`) refuse anything past them, and the forms that feed those schemas cap
 * their fields with the same numbers, so a form never lets through what main will refuse.
 * Lengths count characters after trimming.
 */
export const FIELD_LIMITS = {
  /** Every search box and text filter. */
  search: 100,
  /** A connection's name, as shown in the list of sites. */
  connectionName: 80,
  /** Client id, user name, access id. */
  accountText: 200,
  /** Client secret, password, access secret. */
  secret: 512,
  region: 40,
  /** An IANA time-zone name (the longest today, `America/Argentina/ComodRivadavia`, has 32). */
  timeZone: 64,
  serverAddress: 300,
  /** Tuya project id, and any cloud id a form sends back. */
  cloudId: 100,
  groupName: 64,
  /** Door devices of one access group, and relays of one device. */
  groupDoors: 2000,
  relaysPerDevice: 64,
  staffName: 64,
  pinMin: 4,
  pinMax: 8,
  cardMax: 32,
  /** PIN codes, and RF cards, of one staff access. */
  pinsPerStaff: 20,
  cardsPerStaff: 20,
  facesPerStaff: 10,
  faceUrl: 2000,
  groupsPerStaff: 100,
  floorBuildings: 200,
  personName: 64,
  email: 200,
  mobileDigits: 20,
  /** A mobile as typed, with the spaces and dashes between digit groups (they are dropped before it is sent). */
  mobileText: 32,
  certType: 40,
  certNo: 100,
  personCode: 100,
  /** Rows of one staff import, and the file name of an import by URL. */
  importRows: 50_000,
  importFileName: 200,
  importUrl: 2000,
  /** Channels (doors) of one send, and ids of one batch. */
  channelsPerSend: 500,
  preparedBy: 80,
  /** The installer's name, set once in settings, that the activity log records with each change. */
  installerName: 80,
  /** The installer's note on one door's test ("strike does not release"). */
  doorCheckNote: 500,
  /** A door of the checklist, as the list names it (a device's and relay's ids, or a channel's). */
  doorKey: 400,
  /** The site address on the handover pack's cover. */
  siteAddress: 200,
  /** A file name the handover pack is saved under. */
  packFileName: 200,
  /** The installer's ceiling on a connection's requests per second. */
  maxRequestsPerSecond: 1000,
} as const

export type FieldLimit = keyof typeof FIELD_LIMITS
