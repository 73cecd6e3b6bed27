import { Group, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'

/**
 * A field's help text with how much of its limit is used ("12 / 80"), counted as main counts it
 * (trimmed); red once past the limit, where the form will not send it.
 */
export function LengthHint({ value, max, help }: { readonly value: string; readonly max: number; readonly help?: string }) {
  const { t } = useTranslation()
  const used = value.trim().length
  return (
    <Group component="span" justify="space-between" gap="xs" wrap="nowrap">
      <span>{help}</span>
      <Text component="span" size="xs" c={used > max ? 'red' : 'dimmed'} style={{ whiteSpace: 'nowrap' }}>
        {t('common.length', { used, max })}
      </Text>
    </Group>
  )
}
