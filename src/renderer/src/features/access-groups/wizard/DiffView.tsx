import { Badge, Group, List, Paper, Stack, Text } from '@mantine/core'
import type { GroupDiff } from '@shared/access-groups/diff'
import type { SiteRelay } from '@shared/domain/access-groups'
import { IconMinus, IconPlus } from '@tabler/icons-react'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import { relayNames } from '../doors-text'
import { utcScheduleText } from '../schedule-text'

const names = (t: TFunction, relays: readonly SiteRelay[]) => relays.map((r) => r.name).join(t('accessGroups.words.separator'))

function Line({ kind, children }: { readonly kind: 'added' | 'removed'; readonly children: string }) {
  const { t } = useTranslation()
  return (
    <List.Item
      icon={
        kind === 'added' ? (
          <IconPlus size={14} color="var(--mantine-color-green-7)" aria-hidden />
        ) : (
          <IconMinus size={14} color="var(--mantine-color-red-7)" aria-hidden />
        )
      }
    >
      <Text size="sm" span fw={500}>
        {t(`accessGroups.diff.${kind}`)}
      </Text>{' '}
      <Text size="sm" span td={kind === 'removed' ? 'line-through' : undefined}>
        {children}
      </Text>
    </List.Item>
  )
}

/** An edit before it is saved: name and schedule before → after, doors added and removed. */
export function DiffView({ diff, timeZone, now }: { readonly diff: GroupDiff; readonly timeZone: string; readonly now: number }) {
  const { t } = useTranslation()
  if (diff.unchanged) return <Text data-testid="diff-unchanged">{t('accessGroups.diff.unchanged')}</Text>
  const doorLines: { kind: 'added' | 'removed'; text: string; key: string }[] = [
    ...diff.addedDevices.map((d) => ({
      kind: 'added' as const,
      key: `+${d.deviceId}`,
      text: t('accessGroups.diff.device', { device: d.name, building: d.buildingName, relays: relayNames(t, d) }),
    })),
    ...diff.removedDevices.map((d) => ({
      kind: 'removed' as const,
      key: `-${d.deviceId}`,
      text: t('accessGroups.diff.device', { device: d.name, building: d.buildingName, relays: relayNames(t, d) }),
    })),
    ...diff.changedDevices.flatMap((c) => [
      ...(c.addedRelays.length
        ? [
            {
              kind: 'added' as const,
              key: `+r${c.device.deviceId}`,
              text: t('accessGroups.diff.relays', { device: c.device.name, relays: names(t, c.addedRelays) }),
            },
          ]
        : []),
      ...(c.removedRelays.length
        ? [
            {
              kind: 'removed' as const,
              key: `-r${c.device.deviceId}`,
              text: t('accessGroups.diff.relays', { device: c.device.name, relays: names(t, c.removedRelays) }),
            },
          ]
        : []),
      ...(c.addedSecurityRelays.length
        ? [
            {
              kind: 'added' as const,
              key: `+s${c.device.deviceId}`,
              text: t('accessGroups.diff.securityRelays', { device: c.device.name, relays: names(t, c.addedSecurityRelays) }),
            },
          ]
        : []),
      ...(c.removedSecurityRelays.length
        ? [
            {
              kind: 'removed' as const,
              key: `-s${c.device.deviceId}`,
              text: t('accessGroups.diff.securityRelays', { device: c.device.name, relays: names(t, c.removedSecurityRelays) }),
            },
          ]
        : []),
    ]),
  ]
  return (
    <Stack gap="sm" data-testid="diff">
      {diff.name && (
        <Paper withBorder p="sm">
          <Text size="xs" c="dimmed">
            {t('accessGroups.diff.name')}
          </Text>
          <Group gap="xs">
            <Text size="sm" td="line-through">
              {diff.name.before}
            </Text>
            <Text size="sm" aria-hidden>
              →
            </Text>
            <Text size="sm" fw={600}>
              {diff.name.after}
            </Text>
          </Group>
        </Paper>
      )}
      {diff.schedule && (
        <Paper withBorder p="sm" data-testid="diff-schedule">
          <Text size="xs" c="dimmed">
            {t('accessGroups.diff.schedule')}
          </Text>
          <Text size="sm">
            {t('accessGroups.diff.beforeAfter', {
              before: utcScheduleText(t, diff.schedule.before, timeZone, now),
              after: utcScheduleText(t, diff.schedule.after, timeZone, now),
            })}
          </Text>
        </Paper>
      )}
      {doorLines.length > 0 && (
        <Paper withBorder p="sm" data-testid="diff-doors">
          <Group gap="xs" mb={4}>
            <Text size="xs" c="dimmed">
              {t('accessGroups.diff.doors')}
            </Text>
            <Badge size="xs" variant="light">
              {doorLines.length}
            </Badge>
          </Group>
          <List spacing={4}>
            {doorLines.map((l) => (
              <Line key={l.key} kind={l.kind}>
                {l.text}
              </Line>
            ))}
          </List>
        </Paper>
      )}
    </Stack>
  )
}
