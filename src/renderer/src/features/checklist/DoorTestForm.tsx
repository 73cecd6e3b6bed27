import { Button, Group, Select, Stack, Text, Textarea, Title } from '@mantine/core'
import { DOOR_CHECK_METHODS, type ChecklistDoor, type DoorCheck, type DoorCheckMethod, type DoorCheckResult } from '@shared/domain/checklist'
import { FIELD_LIMITS } from '@shared/field-limits'
import type { ProjectScopeKey } from '../../query/keys'
import { IconCircleCheck, IconAlertOctagon } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorAlert } from '../../components/ErrorAlert'
import { formatWhen } from '../../i18n/format'
import { doorCheckMethodLabel, doorCheckResultLabel } from '../../i18n/labels'
import { useResultMutation } from '../../query/use-result-mutation'
import { recordDoorTest } from './checklist-mutations'

/**
 * The installer's test of one door: how they opened it, a note, then Works or Fault. Opened
 * again for a tested door, it starts from that test, so a fault's note can be added to.
 */
export function DoorTestForm(props: {
  readonly scope: ProjectScopeKey
  readonly door: ChecklistDoor
  readonly timeZone: string | undefined
  readonly onRecorded: (check: DoorCheck | null) => void
}) {
  const { t, i18n } = useTranslation()
  const { door } = props
  const [method, setMethod] = useState<DoorCheckMethod>(door.check?.method ?? 'card')
  const [note, setNote] = useState(door.check?.note ?? '')
  const mutation = useResultMutation((result: DoorCheckResult | 'untested') => recordDoorTest(props.scope, { doorKey: door.key, result, method, note }), {
    onDone: (value) => props.onRecorded(value.check),
  })
  const record = (result: DoorCheckResult | 'untested') => {
    if (!mutation.isPending) mutation.mutate(result)
  }
  const noteId = `door-note-${door.key}`
  return (
    <Stack gap="xs" component="section" aria-labelledby="door-test-title" data-testid="door-test">
      <Title order={3} size="h5" id="door-test-title">
        {t('checklist.test.title')}
      </Title>
      {door.check && (
        <Text size="sm" data-testid="door-last-test" c={door.check.result === 'fault' ? 'red' : undefined} fw={door.check.result === 'fault' ? 700 : 400}>
          {t('checklist.test.last', {
            result: doorCheckResultLabel(t, door.check.result),
            method: doorCheckMethodLabel(t, door.check.method),
            time: formatWhen(door.check.testedAt, i18n.language, props.timeZone ? { timeZone: props.timeZone } : {}),
          })}
        </Text>
      )}
      <Select
        label={t('checklist.test.method')}
        data={DOOR_CHECK_METHODS.map((m) => ({ value: m, label: doorCheckMethodLabel(t, m) }))}
        value={method}
        onChange={(v) => v && setMethod(v as DoorCheckMethod)}
        allowDeselect={false}
        w={220}
      />
      <Textarea
        id={noteId}
        label={t('checklist.test.note')}
        placeholder={t('checklist.test.notePlaceholder')}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        maxLength={FIELD_LIMITS.doorCheckNote}
        rows={3}
      />
      {mutation.appError && <ErrorAlert error={mutation.appError} />}
      <Group gap="sm">
        <Button color="teal.9" leftSection={<IconCircleCheck size={16} aria-hidden />} onClick={() => record('passed')} loading={mutation.isPending}>
          {t('checklist.test.works')}
        </Button>
        <Button color="red" leftSection={<IconAlertOctagon size={16} aria-hidden />} onClick={() => record('fault')} loading={mutation.isPending}>
          {t('checklist.test.fault')}
        </Button>
        {door.check && (
          <Button variant="subtle" color="gray" onClick={() => record('untested')} disabled={mutation.isPending}>
            {t('checklist.test.clear')}
          </Button>
        )}
      </Group>
    </Stack>
  )
}
