import { Checkbox, Group, SegmentedControl, Select } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ChannelFilter } from './channel-filter'
import { SearchInput } from '../../components/SearchInput'

/** Search, online state, installation area and "has pending" over the channels. */
export function ChannelFilters({
  filter,
  areas,
  onChange,
}: {
  readonly filter: ChannelFilter
  readonly areas: readonly string[]
  readonly onChange: (f: ChannelFilter) => void
}) {
  const { t } = useTranslation()
  return (
    <Group align="end" wrap="wrap">
      <SearchInput label={t('sends.channels.search')} value={filter.search} onSearch={(search) => onChange({ ...filter, search })} w={260} />
      <SegmentedControl
        aria-label={t('sends.channels.online')}
        value={filter.online}
        onChange={(v) => onChange({ ...filter, online: v === 'online' || v === 'offline' ? v : 'all' })}
        data={[
          { value: 'all', label: t('sends.channels.all') },
          { value: 'online', label: t('sends.channels.onlineOnly') },
          { value: 'offline', label: t('sends.channels.offlineOnly') },
        ]}
      />
      <Select
        label={t('sends.channels.area')}
        placeholder={t('sends.channels.anyArea')}
        data={[...areas]}
        value={filter.area}
        onChange={(v) => onChange({ ...filter, area: v })}
        clearable
        w={200}
      />
      <Checkbox
        label={t('sends.channels.hasPending')}
        checked={filter.hasPending}
        onChange={(e) => onChange({ ...filter, hasPending: e.currentTarget.checked })}
      />
    </Group>
  )
}
