import { Group, Text } from '@mantine/core'
import type { ConnectionState } from '@shared/domain/connection'
import { assertNever } from '@shared/util/assert-never'
import { IconAlertTriangle, IconCircleCheck, IconCircleDashed, IconCloudOff, IconLogout, IconWifiOff } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { formatWhen } from '../i18n/format'

/**
 * A connection's state as icon + word (never colour alone): the sidebar, the footer and the
 * connection page all show it through this, so they always say the same. `withSince` adds since
 * when the cloud or the network has been gone.
 */
export function ConnectionStateBadge({
  state,
  size = 'xs',
  withSince = false,
}: {
  readonly state: ConnectionState
  readonly size?: 'xs' | 'sm'
  readonly withSince?: boolean
}) {
  const { t, i18n } = useTranslation()
  const icon = 14
  // Words in the text colour (orange text is too faint to read); the icon carries the colour.
  const [glyph, color] = ((): [React.ReactNode, string | undefined] => {
    switch (state.kind) {
      case 'signedIn':
        return [<IconCircleCheck key="i" size={icon} color="var(--mantine-color-green-6)" aria-hidden />, undefined]
      case 'signedOut':
        return [<IconLogout key="i" size={icon} aria-hidden />, 'dimmed']
      case 'unchecked':
        return [<IconCircleDashed key="i" size={icon} aria-hidden />, 'dimmed']
      case 'unreachable':
        return [<IconCloudOff key="i" size={icon} color="var(--mantine-color-orange-6)" aria-hidden />, undefined]
      case 'offline':
        return [<IconWifiOff key="i" size={icon} color="var(--mantine-color-orange-6)" aria-hidden />, undefined]
      case 'refused':
        return [<IconAlertTriangle key="i" size={icon} color="var(--mantine-color-red-6)" aria-hidden />, 'red']
      default:
        return assertNever(state, 'connection state')
    }
  })()
  const since = withSince && (state.kind === 'unreachable' || state.kind === 'offline') ? state.since : null
  return (
    <Group gap={4} wrap="nowrap">
      {glyph}
      <Text size={size} c={color} fw={state.kind === 'unreachable' || state.kind === 'offline' || state.kind === 'refused' ? 700 : undefined}>
        {since === null ? t(`state.${state.kind}`) : t(`stateSince.${state.kind}`, { time: formatWhen(since, i18n.language) })}
      </Text>
    </Group>
  )
}
