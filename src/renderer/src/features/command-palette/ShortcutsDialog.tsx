import { Kbd, Modal, Stack, Table, Text, Title } from '@mantine/core'
import { COMMAND_GROUPS, type CommandGroup, SHORTCUTS, commandLabelKey } from '@shared/commands/app-commands'
import { shortcutLabel } from '@shared/commands/shortcut-format'
import { useTranslation } from 'react-i18next'
import { closeShortcuts, useUiStore } from '../../stores/ui/store'
import { keyPlatform } from './platform'

const GROUPS = Object.keys(COMMAND_GROUPS) as CommandGroup[]

/**
 * Every command with its keys, grouped as the native menus group them: the reference an
 * installer opens from Help, the palette or Ctrl/Cmd+/ (the headless host has no native menu).
 */
export function ShortcutsDialog() {
  const { t } = useTranslation()
  const opened = useUiStore((s) => s.shortcutsOpen)
  const platform = keyPlatform()
  return (
    <Modal opened={opened} onClose={closeShortcuts} title={t('palette.shortcutsTitle')} size="lg">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('palette.shortcutsIntro')}
        </Text>
        {GROUPS.map((group) => (
          <Stack key={group} gap={4}>
            <Title order={3} size="h5">
              {t(`palette.menuGroups.${group}`)}
            </Title>
            <Table striped withRowBorders={false} aria-label={t(`palette.menuGroups.${group}`)}>
              <Table.Tbody>
                {COMMAND_GROUPS[group].map((command) => {
                  const accelerator = SHORTCUTS[command]
                  return (
                    <Table.Tr key={command}>
                      <Table.Td>{t(commandLabelKey(command))}</Table.Td>
                      <Table.Td ta="right" w={160}>
                        {accelerator ? (
                          <Kbd size="sm">{shortcutLabel(accelerator, platform)}</Kbd>
                        ) : (
                          <Text size="sm" c="dimmed">
                            {t('palette.paletteOnly')}
                          </Text>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  )
                })}
              </Table.Tbody>
            </Table>
          </Stack>
        ))}
      </Stack>
    </Modal>
  )
}
