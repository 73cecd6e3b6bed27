import { Badge, NavLink, Stack, Text } from '@mantine/core'
import {
  IconDeviceDesktopAnalytics,
  IconDoor,
  IconChecklist,
  IconFileCertificate,
  IconHistory,
  IconInbox,
  IconLayoutDashboard,
  IconLockAccess,
  IconSend,
  IconShieldLock,
  IconUsers,
} from '@tabler/icons-react'
import type { Vendor } from '@shared/domain/connection'
import { useTranslation } from 'react-i18next'
import { ShortcutHint } from '../features/command-palette/ShortcutHint'
import { useConnection } from '../features/connections/connection-queries'
import { useOutbox, useOverview } from '../features/project/project-queries'
import { type ProjectSection, SECTION_COMMANDS, projectSections, sectionLabelKey } from '../stores/project/sections'
import { useProjectStore } from '../stores/project/store'
import { showActivity, showSection, useUiStore } from '../stores/ui/store'

function sectionIcon(section: ProjectSection, vendor: Vendor | undefined): React.ReactNode {
  const Icon = {
    overview: IconLayoutDashboard,
    devices: vendor === 'tuya' ? IconDoor : IconDeviceDesktopAnalytics,
    channels: IconShieldLock,
    sends: IconSend,
    accessGroups: IconLockAccess,
    people: IconUsers,
    report: IconFileCertificate,
    checklist: IconChecklist,
    outbox: IconInbox,
  }[section]
  return <Icon size={18} aria-hidden />
}

/** The open project's sections (the same list the palette and shortcuts use); shown only while a project is open. */
export function ProjectNav() {
  const { t } = useTranslation()
  const scope = useProjectStore((s) => s.scope)
  const outbox = useOutbox().data ?? []
  const outboxCount = outbox.filter((e) => e.connectionId === scope?.connectionId && e.projectId === scope?.projectId).length
  const section = useUiStore((s) => s.section)
  const projectActivity = useUiStore((s) => s.section === 'activity' && s.activityProjectOnly)
  const vendor = useConnection(scope?.connectionId)?.vendor
  const name = useOverview(scope).data?.projectName
  if (!scope) return null
  return (
    <Stack gap={2} mt="sm" data-testid="project-nav">
      <Text size="xs" tt="uppercase" c="dimmed" px="xs" fw={700}>
        {t('project.nav.title')}
      </Text>
      <Text size="sm" px="xs" truncate fw={600}>
        {name ?? scope.projectId}
      </Text>
      {projectSections({ vendor }).map((key) => (
        <ShortcutHint key={key} command={SECTION_COMMANDS[key]}>
          <NavLink
            component="button"
            label={t(sectionLabelKey(key, vendor))}
            leftSection={sectionIcon(key, vendor)}
            rightSection={
              key === 'outbox' && outboxCount > 0 ? (
                <Badge size="sm" circle>
                  {outboxCount}
                </Badge>
              ) : undefined
            }
            active={section === key}
            aria-current={section === key ? 'page' : undefined}
            onClick={() => showSection(key)}
          />
        </ShortcutHint>
      ))}
      <NavLink
        component="button"
        label={t('activity.projectNav')}
        leftSection={<IconHistory size={18} aria-hidden />}
        active={projectActivity}
        aria-current={projectActivity ? 'page' : undefined}
        onClick={() => showActivity(true)}
        data-testid="project-nav-activity"
      />
    </Stack>
  )
}
