import type { TuyaPerson, TuyaPersonInput } from '@shared/domain/tuya'
import type { TuyaClient } from '../../clouds/tuya'

/**
 * Is this the person the add would make? Same name and organisation, and the same person code,
 * mobile, e-mail and certificate where the add gives them. Tuya's add answers no id, so this is
 * how an add is found afterwards, and how a replayed add sees it already happened.
 */
function isPersonOf(person: TuyaPerson, input: TuyaPersonInput): boolean {
  const given = (value: string | undefined): value is string => value !== undefined && value.trim() !== ''
  const same = (mine: string | undefined, theirs: string) => !given(mine) || mine.trim() === theirs.trim()
  return (
    person.name.trim() === input.name.trim() &&
    (!given(input.structureId) || person.structureIds.includes(input.structureId)) &&
    same(input.personCode, person.personCode) &&
    same(input.mobile, person.mobile) &&
    same(input.email, person.email) &&
    same(input.certNo, person.certNo)
  )
}

/** The persons in the cloud now that the add `input` would make (read by name in its organisation). */
export async function personsLike(client: TuyaClient, input: TuyaPersonInput, signal?: AbortSignal): Promise<TuyaPerson[]> {
  const filter = {
    name: input.name.trim(),
    ...(input.structureId ? { structureId: input.structureId, searchScope: 'direct' as const } : {}),
    ...(input.personCode?.trim() ? { personCode: input.personCode.trim() } : {}),
  }
  const found: TuyaPerson[] = []
  for await (const page of client.iteratePersons(filter, { pageSize: 100, ...(signal ? { signal } : {}) }))
    found.push(...page.items.filter((p) => isPersonOf(p, input)))
  return found
}
