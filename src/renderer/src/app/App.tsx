import { AppShell, Group, Text, Title } from '@mantine/core'
import { Notifications } from '@mantine/notifications'
import { assertNever } from '@shared/util/assert-never'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { Logo } from '../components/Logo'
import { Preferences } from '../components/Preferences'
import { Sidebar } from '../components/Sidebar'
import { StartupNotices } from '../components/StartupNotices'
import { StatusBar } from '../components/StatusBar'
import { AccessGroupsView } from '../features/access-groups/AccessGroupsView'
import { CommandPalette } from '../features/command-palette/CommandPalette'
import { ShortcutsDialog } from '../features/command-palette/ShortcutsDialog'
import { ConnectionDialog } from '../features/connections/ConnectionDialog'
import { ConnectionView } from '../features/connections/ConnectionView'
import { ActivityLogView } from '../features/activity/ActivityLogView'
import { DiagnosticsView } from '../features/diagnostics/DiagnosticsView'
import { PeopleView } from '../features/people/PeopleView'
import { SendsView } from '../features/sends/SendsView'
import { DevicesView } from '../features/project/DevicesView'
import { OutboxView } from '../features/project/OutboxView'
import { ChecklistView } from '../features/checklist/ChecklistView'
import { OverviewView } from '../features/project/OverviewView'
import { WelcomeView } from '../features/welcome/WelcomeView'
import { SiteTimeButton } from '../features/site-zone/SiteTimeButton'
import { useConnections } from '../features/connections/connection-queries'
import { reopenLastProject } from '../stores/connections/actions'
import { useSendCheckNotices } from '../features/sends/use-send-check-notices'
import { type Section, useUiStore } from '../stores/ui/store'

export function App() {
  const { t } = useTranslation()
  const section = useUiStore((s) => s.section)
  useSendCheckNotices()
  useReopenLastProject()
  return (
    <AppShell header={{ height: 52 }} navbar={{ width: 280, breakpoint: 0 }} footer={{ height: 30 }} padding="lg">
      <Notifications position="bottom-right" />
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="xs">
            <Logo size={26} />
            <Title order={1} size="h4">
              {t('app.name')}
            </Title>
            <Text size="sm" c="dimmed" visibleFrom="sm">
              {t('app.tagline')}
            </Text>
          </Group>
          <Group gap="xs">
            <SiteTimeButton />
            <Preferences />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar>
        <Sidebar />
      </AppShell.Navbar>
      <AppShell.Main>
        <StartupNotices />
        <SectionView section={section} />
      </AppShell.Main>
      <AppShell.Footer>
        <StatusBar />
      </AppShell.Footer>
      <ConnectionDialog />
      <CommandPalette />
      <ShortcutsDialog />
    </AppShell>
  )
}

/** The project used last opens again once the connections are first read. */
function useReopenLastProject(): void {
  const connections = useConnections().data
  const reopened = useRef(false)
  useEffect(() => {
    if (!connections || reopened.current) return
    reopened.current = true
    reopenLastProject(connections)
  }, [connections])
}

function SectionView({ section }: { readonly section: Section }) {
  switch (section) {
    case 'home':
      return <WelcomeView />
    case 'connection':
      return <ConnectionView />
    case 'overview':
      return <OverviewView />
    case 'devices':
      return <DevicesView />
    case 'accessGroups':
      return <AccessGroupsView />
    case 'people':
      return <PeopleView />
    case 'channels':
    case 'sends':
    case 'report':
      return <SendsView page={section} />
    case 'checklist':
      return <ChecklistView />
    case 'outbox':
      return <OutboxView />
    case 'diagnostics':
      return <DiagnosticsView />
    case 'activity':
      return <ActivityLogView />
    default:
      return assertNever(section, 'section')
  }
}
