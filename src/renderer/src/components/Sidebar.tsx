import { Badge, Button, Group, Kbd, Menu, NavLink, ScrollArea, Stack, Text, Title } from '@mantine/core'
import { IconChevronDown, IconFlask, IconHistory, IconHome, IconInfoCircle, IconKeyboard, IconPlus } from '@tabler/icons-react'
import { SHORTCUTS } from '@shared/commands/app-commands'
import { shortcutLabel } from '@shared/commands/shortcut-format'
import { useTranslation } from 'react-i18next'
import { ShortcutHint } from '../features/command-palette/ShortcutHint'
import { useConnections } from '../features/connections/connection-queries'
import { keyPlatform } from '../features/command-palette/platform'
import { openDemo, selectConnection } from '../stores/connections/actions'
import { useConnectionsStore } from '../stores/connections/store'
import { openDialog, openShortcuts, showActivity, showSection, useUiStore } from '../stores/ui/store'
import { ConnectionStateBadge } from './ConnectionStateBadge'
import { ErrorAlert } from './ErrorAlert'
import { ProjectNav } from './ProjectNav'
import { connectionName, vendorName } from '../i18n/labels'

/** Connections (with their state) on top, app sections below; everything is a button. */
export function Sidebar() {
  const { t } = useTranslation()
  const section = useUiStore((s) => s.section)
  const activityProjectOnly = useUiStore((s) => s.activityProjectOnly)
  const selectedId = useConnectionsStore((s) => s.selectedId)
  const connections = useConnections()
  const list = connections.data ?? []
  return (
    <Stack component="nav" aria-label={t('nav.label')} gap="md" p="sm" h="100%" justify="space-between">
      {/* The sections and the connections scroll as one where the window is too short for both, never under the footer links. */}
      <ScrollArea style={{ minHeight: 0, flex: 1 }} type="auto" offsetScrollbars>
        <Stack gap={4}>
          <ShortcutHint command="go:home">
            <NavLink
              component="button"
              label={t('nav.home')}
              leftSection={<IconHome size={18} aria-hidden />}
              active={section === 'home'}
              onClick={() => showSection('home')}
            />
          </ShortcutHint>
          <ProjectNav />
          <Group justify="space-between" px="xs" mt="sm">
            <Title order={2} size="xs" tt="uppercase" c="dimmed">
              {t('nav.connections')}
            </Title>
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  leftSection={<IconPlus size={14} aria-hidden />}
                  rightSection={<IconChevronDown size={12} aria-hidden />}
                >
                  {t('nav.addConnection')}
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item onClick={() => openDialog({ kind: 'add', vendor: 'akuvox' })}>{t('vendors.akuvox')}</Menu.Item>
                <Menu.Item onClick={() => openDialog({ kind: 'add', vendor: 'tuya' })}>{t('vendors.tuya')}</Menu.Item>
                <Menu.Divider />
                <Menu.Label>{t('nav.openDemo')}</Menu.Label>
                <Menu.Item leftSection={<IconFlask size={14} aria-hidden />} onClick={() => void openDemo('akuvox')}>
                  {t('welcome.openAkuvoxDemo')}
                </Menu.Item>
                <Menu.Item leftSection={<IconFlask size={14} aria-hidden />} onClick={() => void openDemo('tuya')}>
                  {t('welcome.openTuyaDemo')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
          <div>
            {connections.appError && <ErrorAlert error={connections.appError} onRetry={() => void connections.refetch()} />}
            {connections.data?.length === 0 && (
              <Text size="sm" c="dimmed" px="xs" data-testid="no-connections">
                {t('nav.noConnections')}
              </Text>
            )}
            {list.map((c) => (
              <NavLink
                key={c.id}
                component="button"
                data-testid="connection-item"
                active={section === 'connection' && selectedId === c.id}
                aria-current={section === 'connection' && selectedId === c.id ? 'page' : undefined}
                onClick={() => selectConnection(c.id)}
                label={
                  <Group gap={6} wrap="nowrap">
                    <Text size="sm" truncate>
                      {connectionName(t, c)}
                    </Text>
                    {c.isDemo && (
                      <Badge size="xs" variant="light" color="grape">
                        {t('nav.demoBadge')}
                      </Badge>
                    )}
                  </Group>
                }
                description={
                  <Group gap={6} wrap="nowrap">
                    <Text size="xs" c="dimmed">
                      {vendorName(t, c.vendor)}
                    </Text>
                    <ConnectionStateBadge state={c.state} />
                  </Group>
                }
              />
            ))}
          </div>
        </Stack>
      </ScrollArea>
      <Stack gap={2}>
        <NavLink
          component="button"
          label={t('activity.nav')}
          leftSection={<IconHistory size={18} aria-hidden />}
          active={section === 'activity' && !activityProjectOnly}
          aria-current={section === 'activity' && !activityProjectOnly ? 'page' : undefined}
          onClick={() => showActivity(false)}
          data-testid="nav-activity"
        />
        <ShortcutHint command="go:diagnostics">
          <NavLink
            component="button"
            label={t('nav.diagnostics')}
            leftSection={<IconInfoCircle size={18} aria-hidden />}
            active={section === 'diagnostics'}
            aria-current={section === 'diagnostics' ? 'page' : undefined}
            onClick={() => showSection('diagnostics')}
          />
        </ShortcutHint>
        <NavLink
          component="button"
          label={t('commands.help.shortcuts')}
          leftSection={<IconKeyboard size={18} aria-hidden />}
          rightSection={<Kbd size="xs">{shortcutLabel(SHORTCUTS['help:shortcuts'] ?? 'CmdOrCtrl+/', keyPlatform())}</Kbd>}
          onClick={openShortcuts}
        />
      </Stack>
    </Stack>
  )
}
