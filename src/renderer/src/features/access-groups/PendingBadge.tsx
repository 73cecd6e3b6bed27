import { Badge } from '@mantine/core'
import type { PendingGroupChange } from '@shared/domain/access-groups'
import { IconClockPause } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'

/** "Pending: create" etc., with the word (not only a colour); failed/conflict say so. */
export function PendingBadge({ pending }: { readonly pending: PendingGroupChange }) {
  const { t } = useTranslation()
  const color = pending.state === 'pending' ? 'orange' : 'red'
  return (
    <Badge color={color} variant="light" leftSection={<IconClockPause size={12} aria-hidden />} data-testid="pending-badge">
      {t(`accessGroups.pending.${pending.state}`, { kind: t(`accessGroups.pending.kind.${pending.kind}`) })}
    </Badge>
  )
}
