import { Group, List, Paper, Stack, Text, Title } from '@mantine/core'
import type { SiteDevice } from '@shared/domain/access-groups'
import { useTranslation } from 'react-i18next'
import { DeviceStatus } from './DeviceStatus'

/** A group's doors on the site tree: building → device (with status) → relays and security relays. */
export function DoorsOnSite({ doors }: { readonly doors: readonly SiteDevice[] }) {
  const { t } = useTranslation()
  const buildings = new Map<string, SiteDevice[]>()
  for (const d of doors) buildings.set(d.buildingName, [...(buildings.get(d.buildingName) ?? []), d])
  return (
    <Stack gap="sm" data-testid="doors-on-site">
      {[...buildings].map(([building, devices]) => (
        <Paper key={building} withBorder p="sm">
          <Title order={3} size="h5" mb="xs">
            {building || t('accessGroups.doors.noBuilding')}
          </Title>
          <Stack gap="xs">
            {devices.map((d) => (
              <div key={d.deviceId}>
                <Group gap="xs">
                  <Text size="sm" fw={600}>
                    {d.name}
                  </Text>
                  <DeviceStatus online={d.online} />
                  {!d.online && (
                    <Text size="xs" c="dimmed">
                      {t('accessGroups.doors.appliesOnReconnect')}
                    </Text>
                  )}
                </Group>
                <List size="sm" withPadding>
                  {d.relays.map((r) => (
                    <List.Item key={r.relayId}>{t('accessGroups.doors.relay', { name: r.name, number: r.number })}</List.Item>
                  ))}
                  {d.securityRelays.map((r) => (
                    <List.Item key={r.relayId}>{t('accessGroups.doors.securityRelay', { name: r.name, number: r.number })}</List.Item>
                  ))}
                </List>
              </div>
            ))}
          </Stack>
        </Paper>
      ))}
    </Stack>
  )
}
