import { Checkbox, Group, Text, UnstyledButton } from '@mantine/core'
import type { KeyboardEvent, ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

/** One person in a list (persons or recycle bin): pick box, name with details that open it, and an optional badge. */
export function PersonRow(props: {
  readonly name: string
  readonly details: string
  readonly picked: boolean
  /** `range`: Shift was held (tick every row from the last one picked). */
  readonly onPick: (range: boolean) => void
  readonly onOpen: () => void
  /** Keys on the focused row (Space picks it in lists that select in bulk). */
  readonly onRowKey?: (event: KeyboardEvent) => void
  readonly testId: string
  readonly badge?: ReactNode
}) {
  const { t } = useTranslation()
  return (
    <Group wrap="nowrap" gap="sm" px="sm" h="100%" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }} data-testid={props.testId}>
      <Checkbox
        aria-label={t('people.select', { name: props.name })}
        checked={props.picked}
        onChange={(event) => props.onPick((event.nativeEvent as MouseEvent).shiftKey)}
      />
      <UnstyledButton style={{ flex: 1, minWidth: 0 }} onClick={props.onOpen} {...(props.onRowKey ? { onKeyDown: props.onRowKey } : {})}>
        <Text size="sm" fw={600} truncate>
          {props.name}
        </Text>
        <Text size="xs" c="dimmed" truncate>
          {props.details}
        </Text>
      </UnstyledButton>
      {props.badge}
    </Group>
  )
}
