import { Badge, NavLink, Stack, Text } from '@mantine/core'
import {
  IconDeviceDesktopAnalytics,
  IconDoor,
  IconFileCertificate,
  IconInbox,
  IconLayoutDashboard,
  IconLockAccess,
  IconSend,
  IconShieldLock,
  IconUsers,
} from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useConnectionsStore } from '../stores/connections/store'
import { useProjectStore } from '../stores/project/store'
import { showSection, useUiStore } from '../stores/ui/store'

/** The open project's sections; shown only while a project is open. */
export function ProjectNav() {
  const { t } = useTranslation()
  const scope = useProjectStore((s) => s.scope)
  const outboxCount = useProjectStore((s) => s.outbox.filter((e) => e.connectionId === s.scope?.connectionId && e.projectId === s.scope?.projectId).length)
  const section = useUiStore((s) => s.section)
  const vendor = useConnectionsStore((s) => s.list.find((c) => c.id === scope?.connectionId)?.vendor)
  const name = useProjectStore((s) => s.view?.projectName)
  if (!scope) return null
  const item = (key: 'overview' | 'devices' | 'accessGroups' | 'people' | 'channels' | 'sends' | 'report' | 'outbox', label: string, icon: React.ReactNode, right?: React.ReactNode) => (
    <NavLink
      component="button"
      label={label}
      leftSection={icon}
      rightSection={right}
      active={section === key}
      aria-current={section === key ? 'page' : undefined}
      onClick={() => showSection(key)}
    />
  )
  return (
    <Stack gap={2} mt="sm" data-testid="project-nav">
      <Text size="xs" tt="uppercase" c="dimmed" px="xs" fw={700}>
        {t('project.nav.title')}
      </Text>
      <Text size="sm" px="xs" truncate fw={600}>
        {name ?? scope.projectId}
      </Text>
      {item('overview', t('project.nav.overview'), <IconLayoutDashboard size={18} aria-hidden />)}
      {item('devices', vendor === 'tuya' ? t('project.nav.doors') : t('project.nav.devices'), vendor === 'tuya' ? <IconDoor size={18} aria-hidden /> : <IconDeviceDesktopAnalytics size={18} aria-hidden />)}
      {vendor === 'tuya' && item('channels', t('sends.nav.channels'), <IconShieldLock size={18} aria-hidden />)}
      {vendor === 'tuya' && item('sends', t('sends.nav.sends'), <IconSend size={18} aria-hidden />)}
      {vendor === 'akuvox' && item('accessGroups', t('accessGroups.nav'), <IconLockAccess size={18} aria-hidden />)}
      {item('people', t('people.nav'), <IconUsers size={18} aria-hidden />)}
      {item('report', t('sends.nav.report'), <IconFileCertificate size={18} aria-hidden />)}
      {item(
        'outbox',
        t('project.nav.outbox'),
        <IconInbox size={18} aria-hidden />,
        outboxCount > 0 ? (
          <Badge size="sm" circle>
            {outboxCount}
          </Badge>
        ) : undefined,
      )}
    </Stack>
  )
}
