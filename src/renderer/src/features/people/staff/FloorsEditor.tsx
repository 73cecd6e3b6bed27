import { Input, SimpleGrid, Stack, TextInput } from '@mantine/core'
import type { AkuvoxFloorAccess } from '@shared/domain/akuvox'
import type { NamedRef, StaffFloorAccess } from '@shared/people/staff'
import { useTranslation } from 'react-i18next'

const FLOOR = /^[1-9]\d{0,2}$/

/** Building id → the floors typed for it ("1, 2, 5"). */
export function floorsOf(grants: readonly Pick<AkuvoxFloorAccess, 'buildingId' | 'floors'>[]): Record<string, string> {
  return Object.fromEntries(grants.filter((g) => g.buildingId !== '').map((g) => [g.buildingId, g.floors.join(', ')]))
}

export function parseFloors(
  byBuilding: Readonly<Record<string, string>>,
): { readonly ok: true; readonly value: StaffFloorAccess[] } | { readonly ok: false; readonly buildingId: string } {
  const value: StaffFloorAccess[] = []
  for (const [buildingId, text] of Object.entries(byBuilding)) {
    const floors = text
      .split(/[,;|\s]+/)
      .map((f) => f.trim())
      .filter((f) => f !== '')
    if (floors.length === 0) continue
    if (floors.some((f) => !FLOOR.test(f))) return { ok: false, buildingId }
    value.push({ buildingId, floors: [...new Set(floors)] })
  }
  return { ok: true, value }
}

/**
 * Elevator floors per building, typed as numbers. `refused`: the cloud did not accept the floors
 * last sent, with its reason; shown on that building's floors (or under the label when the cloud
 * did not say which building).
 */
export function FloorsEditor(props: {
  readonly buildings: readonly NamedRef[]
  readonly value: Readonly<Record<string, string>>
  readonly onChange: (value: Record<string, string>) => void
  readonly refused?: { readonly buildingId: string | null; readonly message: string } | null
}) {
  const { t } = useTranslation()
  const parsed = parseFloors(props.value)
  return (
    <Stack gap={4} role="group" aria-labelledby="floors-label">
      <Input.Label component="div" id="floors-label">
        {t('people.staff.floors')}
      </Input.Label>
      <Input.Description>{t('people.staff.floorsHelp')}</Input.Description>
      {props.refused && props.refused.buildingId === null && <Input.Error data-testid="floors-error">{props.refused.message}</Input.Error>}
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {props.buildings.map((b) => (
          <TextInput
            key={b.id}
            label={b.name}
            value={props.value[b.id] ?? ''}
            onChange={(e) => props.onChange({ ...props.value, [b.id]: e.currentTarget.value })}
            error={!parsed.ok && parsed.buildingId === b.id ? t('people.staff.badFloors') : props.refused?.buildingId === b.id ? props.refused.message : null}
          />
        ))}
      </SimpleGrid>
    </Stack>
  )
}
