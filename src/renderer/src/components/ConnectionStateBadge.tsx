import { Group, Text } from '@mantine/core'
import type { ConnectionState } from '@shared/domain/connection'
import { assertNever } from '@shared/util/assert-never'
import { IconAlertTriangle, IconCircleCheck, IconCircleDashed, IconLogout } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'

/** A connection's sign-in state as icon + word (never colour alone). */
export function ConnectionStateBadge({ state, size = 'xs' }: { readonly state: ConnectionState; readonly size?: 'xs' | 'sm' }) {
  const { t } = useTranslation()
  const icon = 14
  const [glyph, color] = ((): [React.ReactNode, string | undefined] => {
    switch (state.kind) {
      case 'signedIn':
        return [<IconCircleCheck key="i" size={icon} color="var(--mantine-color-green-6)" aria-hidden />, undefined]
      case 'signedOut':
        return [<IconLogout key="i" size={icon} aria-hidden />, 'dimmed']
      case 'unchecked':
        return [<IconCircleDashed key="i" size={icon} aria-hidden />, 'dimmed']
      case 'error':
        return [<IconAlertTriangle key="i" size={icon} color="var(--mantine-color-red-6)" aria-hidden />, 'red']
      default:
        return assertNever(state, 'connection state')
    }
  })()
  return (
    <Group gap={4} wrap="nowrap">
      {glyph}
      <Text size={size} c={color}>
        {t(`state.${state.kind}`)}
      </Text>
    </Group>
  )
}
