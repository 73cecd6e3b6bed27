import type { ConnectionSummary, Server, Vendor } from '@shared/domain/connection'
import { FIELD_LIMITS } from '@shared/field-limits'
import type { InputOf } from '@shared/ipc'
import type { FieldPlaces } from '../../lib/place-error'

export const CUSTOM = '__custom'

/** The dialog's fields; which ones show depends on the vendor. Secrets start empty on edit. */
export interface ConnectionFormValues {
  label: string
  region: string
  baseUrl: string
  clientId: string
  clientSecret: string
  username: string
  password: string
  accessId: string
  accessSecret: string
  projectId: string
}

const REQUIRED: Readonly<Record<Vendor, readonly (keyof ConnectionFormValues)[]>> = {
  akuvox: ['label', 'clientId', 'clientSecret', 'username', 'password'],
  tuya: ['label', 'accessId', 'accessSecret', 'projectId'],
}

const SECRET_FIELDS: ReadonlySet<keyof ConnectionFormValues> = new Set(['clientSecret', 'password', 'accessSecret'])

/** The most characters main takes in each field (the region is picked, never typed). */
export const CONNECTION_LIMITS: Readonly<Record<Exclude<keyof ConnectionFormValues, 'region'>, number>> = {
  label: FIELD_LIMITS.connectionName,
  baseUrl: FIELD_LIMITS.serverAddress,
  clientId: FIELD_LIMITS.accountText,
  clientSecret: FIELD_LIMITS.secret,
  username: FIELD_LIMITS.accountText,
  password: FIELD_LIMITS.secret,
  accessId: FIELD_LIMITS.accountText,
  accessSecret: FIELD_LIMITS.secret,
  projectId: FIELD_LIMITS.cloudId,
}

/** The i18n key of each field's label, as the dialog shows it. */
export const CONNECTION_LABELS: Readonly<Record<keyof ConnectionFormValues, string>> = {
  label: 'connection.label',
  region: 'connection.region',
  baseUrl: 'connection.customUrl',
  clientId: 'connection.clientId',
  clientSecret: 'connection.clientSecret',
  username: 'connection.username',
  password: 'connection.password',
  accessId: 'connection.accessId',
  accessSecret: 'connection.accessSecret',
  projectId: 'connection.projectId',
}

const place = (field: keyof ConnectionFormValues) => ({ field, label: CONNECTION_LABELS[field] })

/** Where a refusal of `connections:add` / `connections:edit` shows in the dialog. */
export const CONNECTION_PLACES: FieldPlaces<keyof ConnectionFormValues> = {
  label: place('label'),
  server: place('region'),
  'server.region': place('region'),
  'server.baseUrl': place('baseUrl'),
  ...Object.fromEntries(
    (['clientId', 'clientSecret', 'username', 'password', 'accessId', 'accessSecret', 'projectId'] as const).map((f) => [`credentials.${f}`, place(f)]),
  ),
}

/** What is wrong with a field: empty, past its limit, or (the server address) not one Fieldkey may use. */
export type ConnectionProblem = 'required' | 'tooLong' | 'urlInvalid'

export function initialValues(vendor: Vendor, existing?: ConnectionSummary): ConnectionFormValues {
  const empty: ConnectionFormValues = {
    label: '',
    region: vendor === 'akuvox' ? 'eu' : 'euCentral',
    baseUrl: '',
    clientId: '',
    clientSecret: '',
    username: '',
    password: '',
    accessId: '',
    accessSecret: '',
    projectId: '',
  }
  if (!existing) return empty
  const account = existing.account
  return {
    ...empty,
    label: existing.label,
    region: existing.server.kind === 'region' ? existing.server.region : CUSTOM,
    baseUrl: existing.server.kind === 'custom' ? existing.server.baseUrl : '',
    ...(account.vendor === 'akuvox'
      ? { clientId: account.clientId, username: account.username }
      : { accessId: account.accessId, projectId: account.projectId }),
  }
}

/** Client-side checks with messages that say what to fix; main validates again. */
export function validate(values: ConnectionFormValues, vendor: Vendor, editing: boolean): Partial<Record<keyof ConnectionFormValues, ConnectionProblem>> {
  const errors: Partial<Record<keyof ConnectionFormValues, ConnectionProblem>> = {}
  for (const [field, max] of Object.entries(CONNECTION_LIMITS) as [keyof typeof CONNECTION_LIMITS, number][]) {
    const value = SECRET_FIELDS.has(field) ? values[field] : values[field].trim()
    if (value.length > max) errors[field] = 'tooLong'
  }
  for (const field of REQUIRED[vendor]) {
    if (editing && SECRET_FIELDS.has(field)) continue
    if (!values[field].trim()) errors[field] = 'required'
  }
  if (values.region === CUSTOM && !isAcceptableUrl(values.baseUrl)) errors.baseUrl ??= 'urlInvalid'
  return errors
}

export function isAcceptableUrl(raw: string): boolean {
  try {
    const url = new URL(raw.trim())
    return url.protocol === 'https:' || (url.protocol === 'http:' && /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/.test(url.hostname))
  } catch {
    return false
  }
}

function serverOf(values: ConnectionFormValues): Server {
  return values.region === CUSTOM ? { kind: 'custom', baseUrl: values.baseUrl.trim() } : { kind: 'region', region: values.region }
}

export function toAddInput(vendor: Vendor, v: ConnectionFormValues): InputOf<'connections:add'> {
  const base = { label: v.label.trim(), server: serverOf(v) }
  return vendor === 'akuvox'
    ? { vendor, ...base, credentials: { clientId: v.clientId.trim(), clientSecret: v.clientSecret, username: v.username.trim(), password: v.password } }
    : { vendor, ...base, credentials: { accessId: v.accessId.trim(), accessSecret: v.accessSecret, projectId: v.projectId.trim() } }
}

/** Only what changed is sent; empty secrets mean "keep the saved one". */
export function toEditInput(existing: ConnectionSummary, v: ConnectionFormValues): InputOf<'connections:edit'> {
  const before = initialValues(existing.vendor, existing)
  const changed = (k: keyof ConnectionFormValues) => v[k].trim() !== before[k].trim()
  const secret = (k: keyof ConnectionFormValues) => (v[k] ? v[k] : undefined)
  const serverChanged = changed('region') || (v.region === CUSTOM && changed('baseUrl'))
  const credentials =
    existing.vendor === 'akuvox'
      ? {
          vendor: 'akuvox' as const,
          clientId: changed('clientId') ? v.clientId.trim() : undefined,
          username: changed('username') ? v.username.trim() : undefined,
          clientSecret: secret('clientSecret'),
          password: secret('password'),
        }
      : {
          vendor: 'tuya' as const,
          accessId: changed('accessId') ? v.accessId.trim() : undefined,
          projectId: changed('projectId') ? v.projectId.trim() : undefined,
          accessSecret: secret('accessSecret'),
        }
  const anyCredential = Object.entries(credentials).some(([k, value]) => k !== 'vendor' && value !== undefined)
  return {
    id: existing.id,
    ...(changed('label') ? { label: v.label.trim() } : {}),
    ...(serverChanged ? { server: serverOf(v) } : {}),
    ...(anyCredential ? { credentials: JSON.parse(JSON.stringify(credentials)) as typeof credentials } : {}),
  }
}
