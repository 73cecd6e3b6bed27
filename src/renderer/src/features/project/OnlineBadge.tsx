import { Group, Text } from '@mantine/core'
import { IconCircleCheck, IconPlugConnectedX } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { onlineLabel } from '../../i18n/labels'

/** Online or offline as icon + word, never colour alone. */
export function OnlineBadge({ online }: { readonly online: boolean }) {
  const { t } = useTranslation()
  return (
    <Group gap={4} wrap="nowrap">
      {online ? (
        <IconCircleCheck size={15} color="var(--mantine-color-green-6)" aria-hidden />
      ) : (
        <IconPlugConnectedX size={15} color="var(--mantine-color-red-6)" aria-hidden />
      )}
      <Text size="sm" fw={online ? 400 : 700} c={online ? undefined : 'red'}>
        {onlineLabel(t, online)}
      </Text>
    </Group>
  )
}
