import { Input, SimpleGrid, Stack, TextInput } from '@mantine/core'
import type { AkuvoxFloorAccess } from '@shared/domain/akuvox'
import type { NamedRef, StaffFloorAccess } from '@shared/people/staff'
import { useTranslation } from 'react-i18next'

const FLOOR = /^[1-9]\d{0,2}$/

/** Building id → the floors typed for it ("1, 2, 5"). */
export function floorsOf(grants: readonly AkuvoxFloorAccess[]): Record<string, string> {
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

/** Elevator floors per building, typed as numbers. */
export function FloorsEditor(props: {
  readonly buildings: readonly NamedRef[]
  readonly value: Readonly<Record<string, string>>
  readonly onChange: (value: Record<string, string>) => void
}) {
  const { t } = useTranslation()
  const parsed = parseFloors(props.value)
  return (
    <Stack gap={4} role="group" aria-labelledby="floors-label">
      <Input.Label component="div" id="floors-label">
        {t('people.staff.floors')}
      </Input.Label>
      <Input.Description>{t('people.staff.floorsHelp')}</Input.Description>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {props.buildings.map((b) => (
          <TextInput
            key={b.id}
            label={b.name}
            value={props.value[b.id] ?? ''}
            onChange={(e) => props.onChange({ ...props.value, [b.id]: e.currentTarget.value })}
            error={!parsed.ok && parsed.buildingId === b.id ? t('people.staff.badFloors') : null}
          />
        ))}
      </SimpleGrid>
    </Stack>
  )
}
