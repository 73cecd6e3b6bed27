import { Button, Group, Stack, Tabs, Text } from '@mantine/core'
import type { ChannelRow, ChannelsListing } from '@shared/sends/types'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { showSendsScreen } from '../../stores/sends/actions'
import { showSection } from '../../stores/ui/store'
import { formatWhen } from '../../i18n/format'
import { ChannelFilters } from './ChannelFilters'
import { ChannelsTable } from './ChannelsTable'
import { NO_CHANNEL_FILTER, areasOf, filterChannels } from './channel-filter'
import { PermissionsPanel } from './PermissionsPanel'

/** Channels with filters, and the permissions of a channel or a person. */
export function ChannelsPage({ listing }: { readonly listing: ChannelsListing }) {
  const { t, i18n } = useTranslation()
  const [tab, setTab] = useState<string | null>('channels')
  const [filter, setFilter] = useState(NO_CHANNEL_FILTER)
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set())
  const [channel, setChannel] = useState<ChannelRow | null>(null)
  const areas = useMemo(() => areasOf(listing.channels), [listing.channels])
  const shown = useMemo(() => filterChannels(listing.channels, filter), [listing.channels, filter])
  const toggle = (id: string) => setSelected((s) => (s.has(id) ? new Set([...s].filter((x) => x !== id)) : new Set([...s, id])))
  const send = () => {
    showSendsScreen({ kind: 'wizard', channelIds: [...selected] })
    showSection('sends')
  }
  return (
    <Tabs value={tab} onChange={setTab}>
      <Tabs.List>
        <Tabs.Tab value="channels">{t('sends.tabs.channels')}</Tabs.Tab>
        <Tabs.Tab value="permissions">{t('sends.tabs.permissions')}</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="channels" pt="md">
        <Stack gap="sm">
          <ChannelFilters filter={filter} areas={areas} onChange={setFilter} />
          <Group justify="space-between">
            <Text size="sm" c="dimmed" data-testid="channel-count">
              {t('sends.channels.count', { shown: shown.length, count: listing.channels.length })}
              {listing.syncedAt !== null && ` · ${t('sends.channels.synced', { when: formatWhen(listing.syncedAt, i18n.language) })}`}
            </Text>
            <Button disabled={selected.size === 0} onClick={send}>
              {t('sends.channels.sendSelected', { count: selected.size })}
            </Button>
          </Group>
          {shown.length === 0 ? (
            <Text c="dimmed">{t('sends.channels.empty')}</Text>
          ) : (
            <ChannelsTable
              channels={shown}
              selected={selected}
              onToggle={toggle}
              onToggleAll={(on) => setSelected(on ? new Set(shown.map((c) => c.channelId)) : new Set())}
              onOpen={(c) => {
                setChannel(c)
                setTab('permissions')
              }}
            />
          )}
        </Stack>
      </Tabs.Panel>
      <Tabs.Panel value="permissions" pt="md">
        <PermissionsPanel channels={listing.channels} channel={channel} onChannel={setChannel} />
      </Tabs.Panel>
    </Tabs>
  )
}
