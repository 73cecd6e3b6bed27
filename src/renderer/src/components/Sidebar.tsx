import { NavLink, Stack, Text, Title } from '@mantine/core'
import { IconInfoCircle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { showSection, useUiStore } from '../stores/ui/store'

/** Connections → projects on top (filled by the connections feature), app sections below. */
export function Sidebar() {
  const { t } = useTranslation()
  const section = useUiStore((s) => s.section)
  return (
    <Stack component="nav" aria-label={t('nav.label')} gap="md" p="sm" h="100%" justify="space-between">
      <Stack gap={4}>
        <Title order={2} size="xs" tt="uppercase" c="dimmed" px="xs">
          {t('nav.connections')}
        </Title>
        <Text size="sm" c="dimmed" px="xs" data-testid="no-connections">
          {t('nav.noConnections')}
        </Text>
      </Stack>
      <Stack gap={2}>
        <NavLink
          component="button"
          label={t('nav.diagnostics')}
          leftSection={<IconInfoCircle size={18} aria-hidden />}
          active={section === 'diagnostics'}
          aria-current={section === 'diagnostics' ? 'page' : undefined}
          onClick={() => showSection('diagnostics')}
        />
      </Stack>
    </Stack>
  )
}
