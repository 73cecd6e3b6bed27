import type { TuyaAccessAuth } from '../domain/tuya'
import { credentialsOf } from './policy'
import type { ChannelPreview, PreflightProblem, PreviewPerson, SendCredential, SendDraft, SendPreview } from './types'

export interface PreviewChannel {
  readonly channelId: string
  readonly name: string
  readonly deviceName: string
  readonly online: boolean
  /** A task still running on this channel, if any. */
  readonly runningTaskId: string | null
}

/** Whether the person has a credential of this kind at this door, and whether it is still to be sent. */
function has(auth: TuyaAccessAuth, credential: SendCredential): { readonly present: boolean; readonly pending: boolean } {
  switch (credential) {
    case 'card':
      return { present: auth.authCardNum > 0, pending: auth.cardIssueStatus === 'pending' }
    case 'face':
      return { present: auth.authFaceNum > 0, pending: auth.faceIssueStatus === 'pending' }
    case 'password':
      // Card passwords have no count or status in access-auth (seed 004): assumed present, state unknown.
      return { present: true, pending: false }
  }
}

/**
 * Per channel, who a send would push and with which credentials. A full send pushes every
 * credential of the policy the person has at that door; an incremental one only those still
 * "to be sent". Card passwords are listed for full sends only: access-auth does not say whether
 * a person has one or whether it was sent.
 */
function personsFor(
  draft: Pick<SendDraft, 'kind' | 'certificates'>,
  auths: readonly TuyaAccessAuth[],
): { persons: PreviewPerson[]; without: TuyaAccessAuth[] } {
  const policy = credentialsOf(draft.certificates)
  const persons: PreviewPerson[] = []
  const without: TuyaAccessAuth[] = []
  for (const auth of auths) {
    const known = policy.filter((c) => c !== 'password' && has(auth, c).present)
    if (known.length === 0) {
      without.push(auth)
      continue
    }
    const credentials = draft.kind === 'full' ? policy.filter((c) => has(auth, c).present) : known.filter((c) => has(auth, c).pending)
    if (credentials.length > 0) persons.push({ personId: auth.personId, name: auth.name, credentials })
  }
  return { persons, without }
}

export function previewChannel(draft: SendDraft, channel: PreviewChannel, auths: readonly TuyaAccessAuth[]): ChannelPreview {
  const { persons, without } = personsFor(draft, auths)
  const problems: PreflightProblem[] = []
  if (!channel.online) problems.push({ kind: 'offline', channelId: channel.channelId })
  if (channel.runningTaskId !== null) problems.push({ kind: 'running', channelId: channel.channelId, taskId: channel.runningTaskId })
  if (persons.length === 0) problems.push({ kind: 'nothingToSend', channelId: channel.channelId })
  for (const auth of without) problems.push({ kind: 'noCredential', channelId: channel.channelId, personId: auth.personId, name: auth.name })
  return { channelId: channel.channelId, name: channel.name, deviceName: channel.deviceName, online: channel.online, persons, problems }
}

export function buildPreview(draft: SendDraft, channels: readonly PreviewChannel[], authsOf: (channelId: string) => readonly TuyaAccessAuth[]): SendPreview {
  const previews = channels.map((c) => previewChannel(draft, c, authsOf(c.channelId)))
  return {
    draft,
    channels: previews,
    personCount: previews.reduce((n, c) => n + c.persons.length, 0),
    problemCount: previews.reduce((n, c) => n + c.problems.length, 0),
  }
}
