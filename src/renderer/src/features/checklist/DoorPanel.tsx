import { List, Stack, Text, Title } from '@mantine/core'
import type { ChecklistDoor, DoorCheck } from '@shared/domain/checklist'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatWhen } from '../../i18n/format'
import type { ProjectScopeKey } from '../../query/keys'
import { utcScheduleText, utcWindowText } from '../access-groups/schedule-text'
import { OnlineBadge } from '../project/OnlineBadge'
import { DoorTestForm } from './DoorTestForm'
import { buildingText, sendLine } from './door-text'

/** One door: where it is, whether it answers, who may open it and when, the last send, and the installer's test. */
export function DoorPanel(props: {
  readonly scope: ProjectScopeKey
  readonly door: ChecklistDoor
  readonly siteZone: string | null
  readonly onRecorded: (check: DoorCheck | null) => void
}) {
  const { t, i18n } = useTranslation()
  const { door, siteZone } = props
  const zone = siteZone ?? undefined
  const when = (at: number) => formatWhen(at, i18n.language, zone ? { timeZone: zone } : {})
  // The day whose offset the schedules are read with: fixed while the panel is open.
  const [now] = useState(() => Date.now())
  return (
    <Stack gap="sm" aria-label={t('checklist.door.details', { name: door.name, device: door.deviceName })} data-testid="door-panel">
      <div>
        <Title order={2} size="h4">
          {door.name}
        </Title>
        <Text size="sm" c="dimmed">
          {[t(`checklist.kind.${door.kind}`), door.deviceName, buildingText(t, door)].join(' · ')}
        </Text>
      </div>
      <OnlineBadge online={door.online} />
      <Text size="xs" c="dimmed">
        {door.lastSeenAt === null ? t('checklist.door.neverSeen') : t('checklist.door.lastSeen', { time: when(door.lastSeenAt) })}
      </Text>
      {door.kind === 'channel' ? (
        <Stack gap={4}>
          <Title order={3} size="h6">
            {t('checklist.door.lastSend')}
          </Title>
          <Text size="sm" data-testid="door-last-send">
            {door.lastSend ? sendLine(t, i18n.language, door.lastSend, zone) : t('checklist.door.noSend')}
          </Text>
        </Stack>
      ) : (
        <Stack gap={4}>
          <Title order={3} size="h6">
            {t('checklist.door.groups')}
          </Title>
          {door.groups.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('checklist.door.noGroups')}
            </Text>
          ) : (
            <>
              <Text size="xs" c="dimmed">
                {siteZone ? t('checklist.door.schedulesIn', { zone: siteZone }) : t('checklist.door.schedulesUtc')}
              </Text>
              <List size="sm" spacing={2} data-testid="door-groups">
                {door.groups.map((g) => (
                  <List.Item key={g.accessGroupId}>
                    <Text span size="sm" fw={600}>
                      {g.name}
                    </Text>
                    {' · '}
                    {siteZone ? utcScheduleText(t, g.schedule, siteZone, now) : utcWindowText(t, g.schedule)}
                  </List.Item>
                ))}
              </List>
            </>
          )}
        </Stack>
      )}
      <DoorTestForm key={door.key} scope={props.scope} door={door} timeZone={zone} onRecorded={props.onRecorded} />
    </Stack>
  )
}
