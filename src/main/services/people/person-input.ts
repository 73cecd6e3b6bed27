import type { TuyaPerson, TuyaPersonEdit, TuyaPersonInput } from '@shared/domain/tuya'
import type { PersonDraft } from '@shared/people/persons'

export function personInput(draft: PersonDraft): TuyaPersonInput {
  return {
    name: draft.name.trim(),
    structureId: draft.structureId,
    enabled: draft.enabled,
    sex: draft.sex,
    mobileCountry: draft.mobileCountry,
    mobile: draft.mobile,
    email: draft.email,
    certType: draft.certType,
    certNo: draft.certNo,
    personCode: draft.personCode,
  }
}

export function personEdit(personId: string, draft: PersonDraft, before: TuyaPerson | null): TuyaPersonEdit {
  const origin = before?.structureIds[0]
  return { ...personInput(draft), personId, ...(origin && origin !== draft.structureId ? { originStructureId: origin } : {}) }
}

/** What the cache shows for a saved person before the cloud's own copy is read back. */
export function personAfter(before: TuyaPerson, draft: PersonDraft, structureName: string): TuyaPerson {
  return {
    ...before,
    ...personInput(draft),
    sex: draft.sex,
    structureIds: [draft.structureId],
    structureNames: [structureName],
    structureName,
  }
}
