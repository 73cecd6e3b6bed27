import type { TuyaPersonEdit } from '@shared/domain/tuya'
import type { MergeRecord } from '@shared/merge/three-way'
import { z } from 'zod'
import type { MergeSpec } from '../outbox/operation-handler'

/** A Tuya person as the outbox keeps it (the person as read, less its signed image address). */
const personSnapshot = z.object({
  name: z.string(),
  enabled: z.boolean(),
  mobileCountry: z.string(),
  mobile: z.string(),
  email: z.string(),
  certNo: z.string(),
  personCode: z.string(),
  structureIds: z.array(z.string()),
  structureNames: z.array(z.string()),
})

/** The text fields a person edit carries, each merged on its own. */
const TEXT = ['name', 'mobileCountry', 'mobile', 'email', 'certNo', 'personCode'] as const

const text = (v: MergeRecord[string] | undefined, fallback: string): string => (typeof v === 'string' ? v : fallback)

/** A Tuya person edit merged field by field: the text fields, enabled, and the organisation. */
export const personEditMerge: MergeSpec<'tuya.person.edit'> = {
  fields: [
    ...TEXT.map((key) => ({ key, format: key === 'certNo' ? ('secret' as const) : ('text' as const) })),
    { key: 'enabled', format: 'switch' },
    { key: 'organisation', format: 'names' },
  ],
  read(snapshot) {
    const parsed = personSnapshot.safeParse(snapshot)
    if (!parsed.success) return null
    const p = parsed.data
    return { ...Object.fromEntries(TEXT.map((key) => [key, p[key]])), enabled: p.enabled, organisation: p.structureIds[0] ?? null }
  },
  mine: ({ edit }, base) => ({
    ...base,
    ...Object.fromEntries(TEXT.flatMap((key) => (edit[key] === undefined ? [] : [[key, edit[key]]]))),
    ...(edit.enabled === undefined ? {} : { enabled: edit.enabled }),
    ...(edit.structureId === undefined ? {} : { organisation: edit.structureId }),
  }),
  build(op, merged, theirs) {
    const now = personSnapshot.safeParse(theirs)
    const from = now.success ? now.data.structureIds[0] : undefined
    const { originStructureId: _origin, ...rest } = op.edit
    const organisation = typeof merged.organisation === 'string' ? merged.organisation : undefined
    const edit: TuyaPersonEdit = {
      ...rest,
      ...Object.fromEntries(TEXT.map((key) => [key, text(merged[key], op.edit[key] ?? '')])),
      ...(typeof merged.enabled === 'boolean' ? { enabled: merged.enabled } : {}),
      ...(organisation === undefined ? {} : { structureId: organisation }),
      ...(organisation !== undefined && from !== undefined && from !== organisation ? { originStructureId: from } : {}),
    }
    return { ...op, edit }
  },
  names(snapshots) {
    const names: Record<string, string> = {}
    for (const snapshot of snapshots) {
      const parsed = personSnapshot.safeParse(snapshot)
      if (parsed.success) parsed.data.structureIds.forEach((id, i) => (names[id] = parsed.data.structureNames[i] ?? id))
    }
    return names
  },
}
