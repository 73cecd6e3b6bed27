import { Anchor, Checkbox, Text } from '@mantine/core'
import { hasPending } from '@shared/sends/pending'
import type { ChannelRow } from '@shared/sends/types'
import { useTranslation } from 'react-i18next'
import { OnlineBadge } from '../project/OnlineBadge'
import { formatWhen } from '../../i18n/format'
import { outcomeText, progressText } from '../../i18n/labels'
import { VirtualTable } from './VirtualTable'

export interface ChannelsTableProps {
  readonly channels: readonly ChannelRow[]
  readonly selected: ReadonlySet<string>
  readonly onToggle: (channelId: string) => void
  readonly onToggleAll?: (on: boolean) => void
  /** Shown per row: open the permissions of this channel. */
  readonly onOpen?: (channel: ChannelRow) => void
  /** The wizard's first step flags offline devices in words. */
  readonly flagOffline?: boolean
  readonly maxHeight?: number
}

/** Channels with device, area, online state, permission counts and the last send; rows are selectable; every channel is reachable (virtualized). */
export function ChannelsTable({ channels, selected, onToggle, onToggleAll, onOpen, flagOffline = false, maxHeight = 560 }: ChannelsTableProps) {
  const { t, i18n } = useTranslation()
  const all = channels.length > 0 && channels.every((c) => selected.has(c.channelId))
  const some = !all && channels.some((c) => selected.has(c.channelId))
  return (
    <VirtualTable<ChannelRow>
      label={t('sends.channels.tableLabel')}
      testId="channels-table"
      rowTestId="channel-row"
      total={channels.length}
      row={(i) => channels[i]}
      rowKey={(c) => c.channelId}
      rowHeight={64}
      maxHeight={maxHeight}
      columns={[
        {
          key: 'pick',
          width: '44px',
          header: onToggleAll && (
            <Checkbox aria-label={t('sends.channels.selectAll')} checked={all} indeterminate={some} onChange={(e) => onToggleAll(e.currentTarget.checked)} />
          ),
        },
        { key: 'name', width: 'minmax(0, 1.6fr)', header: t('sends.channels.name') },
        { key: 'device', width: 'minmax(0, 1.3fr)', header: t('sends.channels.device') },
        { key: 'area', width: 'minmax(0, 1.3fr)', header: t('sends.channels.areaCol') },
        { key: 'state', width: 'minmax(0, 1.3fr)', header: t('sends.channels.state') },
        { key: 'total', width: '90px', header: t('sends.channels.permissions') },
        { key: 'pending', width: 'minmax(0, 1.3fr)', header: t('sends.channels.pending') },
        { key: 'last', width: 'minmax(0, 1.5fr)', header: t('sends.channels.lastSend') },
      ]}
      cells={(c) => ({
        pick: <Checkbox aria-label={t('sends.channels.select', { name: c.name })} checked={selected.has(c.channelId)} onChange={() => onToggle(c.channelId)} />,
        name: (
          <>
            {onOpen ? (
              <Anchor component="button" type="button" size="sm" onClick={() => onOpen(c)} aria-label={t('sends.channels.viewPermissions', { name: c.name })}>
                {c.name}
              </Anchor>
            ) : (
              <Text size="sm" truncate>
                {c.name}
              </Text>
            )}
            {flagOffline && !c.online && (
              <Text size="xs" c="red" data-testid="offline-flag">
                {t('sends.wizard.offlineFlag')}
              </Text>
            )}
          </>
        ),
        device: (
          <Text size="sm" truncate>
            {c.deviceName}
          </Text>
        ),
        area: (
          <Text size="sm" truncate title={c.positionPath}>
            {c.positionPath}
          </Text>
        ),
        state: (
          <>
            <OnlineBadge online={c.online} />
            {c.lastSeenAt !== null && (
              <Text size="xs" c="dimmed" truncate>
                {t('sends.channels.lastSeen')}: {formatWhen(c.lastSeenAt, i18n.language)}
              </Text>
            )}
          </>
        ),
        total: c.permissions.total,
        pending: (
          <Text size="sm">
            {hasPending(c.permissions)
              ? `${t('sends.channels.pendingCards', { count: c.permissions.card })} · ${t('sends.channels.pendingFaces', { count: c.permissions.face })}`
              : t('sends.channels.nothingPending')}
          </Text>
        ),
        last: c.lastSend ? (
          <Text size="sm">
            {formatWhen(c.lastSend.task.taskStartTime, i18n.language)} ·{' '}
            {c.lastSend.task.progress.known && c.lastSend.task.progress.value === 'completed'
              ? outcomeText(t, c.lastSend.task.outcome)
              : progressText(t, c.lastSend.task.progress)}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            {t('sends.channels.never')}
          </Text>
        ),
      })}
    />
  )
}
