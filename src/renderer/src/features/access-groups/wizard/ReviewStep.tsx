import { Alert, Paper, Stack, Text, Title } from '@mantine/core'
import type { GroupDiff } from '@shared/access-groups/diff'
import type { SiteDevice, UtcSchedule } from '@shared/domain/access-groups'
import type { ScheduleNote } from '@shared/schedule'
import { IconCloudOff } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { DoorsOnSite } from '../DoorsOnSite'
import { ScheduleNotes } from '../ScheduleNotes'
import { utcScheduleText } from '../schedule-text'
import { DiffView } from './DiffView'

interface Props {
  readonly name: string
  readonly schedule: UtcSchedule
  readonly notes: readonly ScheduleNote[]
  readonly doors: readonly SiteDevice[]
  /** Null for a new group: everything it will hold is shown instead. */
  readonly diff: GroupDiff | null
  readonly offline: boolean
  readonly timeZone: string
  readonly now: number
}

/** Step 3: exactly what will be saved — a new group whole, or an edit as a diff. */
export function ReviewStep({ name, schedule, notes, doors, diff, offline, timeZone, now }: Props) {
  const { t } = useTranslation()
  const offlineDevices = doors.filter((d) => !d.online).length
  return (
    <Stack gap="md" data-testid="review-step">
      {offline && (
        <Alert color="orange" icon={<IconCloudOff size={16} aria-hidden />}>
          {t('accessGroups.wizard.offlineSave')}
        </Alert>
      )}
      {diff ? (
        <DiffView diff={diff} timeZone={timeZone} now={now} />
      ) : (
        <Paper withBorder p="sm">
          <Title order={3} size="h4">
            {name}
          </Title>
          <Text>{utcScheduleText(t, schedule, timeZone, now)}</Text>
        </Paper>
      )}
      <ScheduleNotes notes={notes} />
      {offlineDevices > 0 && <Text size="sm">{t('accessGroups.wizard.offlineDevices', { count: offlineDevices })}</Text>}
      {!diff && (
        <>
          <Title order={3} size="h5">
            {t('accessGroups.wizard.holds', { devices: doors.length, relays: doors.reduce((n, d) => n + d.relays.length + d.securityRelays.length, 0) })}
          </Title>
          <DoorsOnSite doors={doors} />
        </>
      )}
    </Stack>
  )
}
