import { Anchor, Checkbox, Table, Text } from '@mantine/core'
import type { ChannelRow } from '@shared/sends/types'
import { useTranslation } from 'react-i18next'
import { OnlineBadge } from '../project/OnlineBadge'
import { formatWhen } from '../project/format'
import { outcomeText, progressText } from './labels'

export interface ChannelsTableProps {
  readonly channels: readonly ChannelRow[]
  readonly selected: ReadonlySet<string>
  readonly onToggle: (channelId: string) => void
  readonly onToggleAll?: (on: boolean) => void
  /** Shown per row: open the permissions of this channel. */
  readonly onOpen?: (channel: ChannelRow) => void
  /** The wizard's first step flags offline devices in words. */
  readonly flagOffline?: boolean
}

/** Channels with device, area, online state, permission counts and the last send; rows are selectable. */
export function ChannelsTable({ channels, selected, onToggle, onToggleAll, onOpen, flagOffline = false }: ChannelsTableProps) {
  const { t, i18n } = useTranslation()
  const all = channels.length > 0 && channels.every((c) => selected.has(c.channelId))
  return (
    <Table striped highlightOnHover data-testid="channels-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{onToggleAll && <Checkbox aria-label={t('sends.channels.selectAll')} checked={all} onChange={(e) => onToggleAll(e.currentTarget.checked)} />}</Table.Th>
          <Table.Th>{t('sends.channels.name')}</Table.Th>
          <Table.Th>{t('sends.channels.device')}</Table.Th>
          <Table.Th>{t('sends.channels.areaCol')}</Table.Th>
          <Table.Th>{t('sends.channels.state')}</Table.Th>
          <Table.Th>{t('sends.channels.permissions')}</Table.Th>
          <Table.Th>{t('sends.channels.pending')}</Table.Th>
          <Table.Th>{t('sends.channels.lastSend')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {channels.map((c) => (
          <Table.Tr key={c.channelId} data-testid="channel-row">
            <Table.Td>
              <Checkbox aria-label={t('sends.channels.select', { name: `${c.name}` })} checked={selected.has(c.channelId)} onChange={() => onToggle(c.channelId)} />
            </Table.Td>
            <Table.Td>
              {onOpen ? (
                <Anchor component="button" type="button" onClick={() => onOpen(c)} aria-label={t('sends.channels.viewPermissions', { name: c.name })}>
                  {c.name}
                </Anchor>
              ) : (
                c.name
              )}
              {flagOffline && !c.online && (
                <Text size="xs" c="red" data-testid="offline-flag">
                  {t('sends.wizard.offlineFlag')}
                </Text>
              )}
            </Table.Td>
            <Table.Td>{c.deviceName}</Table.Td>
            <Table.Td>{c.positionPath}</Table.Td>
            <Table.Td>
              <OnlineBadge online={c.online} />
              {c.lastSeenAt !== null && (
                <Text size="xs" c="dimmed">
                  {t('sends.channels.lastSeen')}: {formatWhen(c.lastSeenAt, i18n.language)}
                </Text>
              )}
            </Table.Td>
            <Table.Td>{c.permissions.total}</Table.Td>
            <Table.Td>
              <Text size="sm">{t('sends.channels.pendingText', { card: c.permissions.card, face: c.permissions.face, fingerprint: c.permissions.fingerprint })}</Text>
            </Table.Td>
            <Table.Td>
              {c.lastSend ? (
                <Text size="sm">
                  {formatWhen(c.lastSend.task.taskStartTime, i18n.language)} · {c.lastSend.task.progress.known && c.lastSend.task.progress.value === 'completed' ? outcomeText(t, c.lastSend.task.outcome) : progressText(t, c.lastSend.task.progress)}
                </Text>
              ) : (
                <Text size="sm" c="dimmed">
                  {t('sends.channels.never')}
                </Text>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}
