import { AppShell, Group, Text, Title } from '@mantine/core'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { assertNever } from '@shared/util/assert-never'
import { Preferences } from '../components/Preferences'
import { Sidebar } from '../components/Sidebar'
import { StatusBar } from '../components/StatusBar'
import { DiagnosticsView } from '../features/diagnostics/DiagnosticsView'
import { followNetwork, loadAppInfo } from '../stores/app/actions'
import { type Section, useUiStore } from '../stores/ui/store'
import { Logo } from '../components/Logo'

export function App() {
  const { t } = useTranslation()
  const section = useUiStore((s) => s.section)
  useEffect(() => {
    void loadAppInfo()
    return followNetwork()
  }, [])
  return (
    <AppShell header={{ height: 52 }} navbar={{ width: 260, breakpoint: 0 }} footer={{ height: 30 }} padding="lg">
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
          <Preferences />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar>
        <Sidebar />
      </AppShell.Navbar>
      <AppShell.Main>
        <SectionView section={section} />
      </AppShell.Main>
      <AppShell.Footer>
        <StatusBar />
      </AppShell.Footer>
    </AppShell>
  )
}

function SectionView({ section }: { readonly section: Section }) {
  switch (section) {
    case 'diagnostics':
      return <DiagnosticsView />
    default:
      return assertNever(section, 'section')
  }
}
