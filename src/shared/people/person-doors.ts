/**
 * The doors a Tuya person may open (their access-auth permissions, seed 004), each with what
 * the latest send to that door did with the person's credentials (from the sends cache).
 */
import type { TuyaAccessAuth, TuyaCoded, TuyaIssueInfo, TuyaIssueStatus, TuyaRecordStatus, TuyaSendCertificates, TuyaTaskRecord } from '../domain/tuya'
import type { AppError } from '../errors'
import { credentialsOf } from '../sends/policy'
import { gridRow } from '../sends/grid'
import { PERMANENT_END } from '../sends/validity'
import type { GridCell, SendCredential } from '../sends/types'

/** The most doors one person's tab lists; a person past it is told there are more. */
export const MAX_PERSON_DOORS = 500

export type DoorCredential = 'card' | 'face' | 'fingerprint'

/** What a permission says of one credential type: how many the person holds, how many may open this door, whether they reached it. */
export interface DoorCredentialState {
  readonly credential: DoorCredential
  readonly held: number
  readonly allowed: number
  readonly issue: TuyaIssueStatus
}

export interface DoorLastSend {
  readonly taskId: string
  readonly startedAt: number
  readonly finishedAt: number | null
  readonly record: TuyaCoded<TuyaRecordStatus>
  /** Per credential type the send could carry; `notSent` for those outside its policy. */
  readonly cells: Readonly<Record<SendCredential, GridCell>>
}

export interface PersonDoor {
  readonly accessAuthId: string
  readonly channelId: string
  readonly channelName: string
  readonly deviceName: string
  readonly positionPath: string
  readonly validFrom: number
  /** Null for a permanent permission. */
  readonly validUntil: number | null
  readonly credentials: readonly DoorCredentialState[]
  /** Null when no send to this door that included the person is in the cache. */
  readonly lastSend: DoorLastSend | null
}

export interface PersonDoors {
  readonly personId: string
  readonly doors: readonly PersonDoor[]
  /** When the permissions were read from the cloud (now, or the last sync); null when never. */
  readonly asOf: number | null
  /** Why the cloud could not be read this time; the doors are then the cache's. */
  readonly readError: AppError | null
  /** The list may be longer: over MAX_PERSON_DOORS, or the cloud listed more than Fieldkey reads for one person. */
  readonly more: boolean
}

/** The person's part of the latest send to one door, as the sends cache holds it. */
export interface SendOfDoor {
  readonly taskId: string
  readonly startedAt: number
  readonly finishedAt: number | null
  readonly record: TuyaTaskRecord
  readonly info: TuyaIssueInfo | null
  readonly policy: TuyaSendCertificates | null
}

function credentials(auth: TuyaAccessAuth): DoorCredentialState[] {
  return [
    { credential: 'card', held: auth.totalCardNum, allowed: auth.authCardNum, issue: auth.cardIssueStatus },
    { credential: 'face', held: auth.totalFaceNum, allowed: auth.authFaceNum, issue: auth.faceIssueStatus },
    { credential: 'fingerprint', held: auth.totalFingerprintNum, allowed: auth.authFingerprintNum, issue: auth.fingerprintIssueStatus },
  ]
}

function lastSendOf(send: SendOfDoor): DoorLastSend {
  const row = gridRow(send.record, send.info ?? undefined, send.policy ? credentialsOf(send.policy) : undefined)
  return { taskId: send.taskId, startedAt: send.startedAt, finishedAt: send.finishedAt, record: send.record.issueStatus, cells: row.cells }
}

/** One row per permission, by door name; `sends` by channel id. */
export function personDoorsOf(auths: readonly TuyaAccessAuth[], sends: ReadonlyMap<string, SendOfDoor>): PersonDoor[] {
  return auths
    .map((a) => {
      const send = sends.get(a.accessControlChannelId)
      return {
        accessAuthId: a.accessAuthId,
        channelId: a.accessControlChannelId,
        channelName: a.accessControlChannelName,
        deviceName: a.businessDeviceName,
        positionPath: a.accessChannelPositionPath,
        validFrom: a.authStartTime,
        validUntil: a.authEndTime >= PERMANENT_END ? null : a.authEndTime,
        credentials: credentials(a),
        lastSend: send ? lastSendOf(send) : null,
      }
    })
    .sort((x, y) => x.channelName.localeCompare(y.channelName) || x.deviceName.localeCompare(y.deviceName) || x.accessAuthId.localeCompare(y.accessAuthId))
}
