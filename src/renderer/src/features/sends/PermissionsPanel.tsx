import { Anchor, Badge, Group, Select, Stack, Text } from '@mantine/core'
import type { TuyaAccessAuth, TuyaIssueStatus } from '@shared/domain/tuya'
import type { ChannelRow, PermissionsFilter, ValidityFilter } from '@shared/sends/types'
import { PERMANENT_END } from '@shared/sends/validity'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorAlert } from '../../components/ErrorAlert'
import { PermissionDetail } from './PermissionDetail'
import { VirtualTable } from './VirtualTable'
import { usePermissionPages, useSendsScope } from './sends-queries'
import { SearchInput } from '../../components/SearchInput'
import { formatDate } from '../../i18n/format'
import { issueStatusLabel } from '../../i18n/labels'

const VALIDITIES: readonly ValidityFilter[] = ['permanent', 'expired', 'within7Days', 'within15Days', 'within30Days']

const statusOf = (v: string | null): TuyaIssueStatus | undefined => (v === 'pending' || v === 'sent' ? v : undefined)

export interface PermissionsPanelProps {
  readonly channels: readonly ChannelRow[]
  readonly channel: ChannelRow | null
  readonly onChannel: (c: ChannelRow | null) => void
}

/** The access-auth list of a channel or a person, with the seed's filters; a row opens its detail. */
export function PermissionsPanel({ channels, channel, onChannel }: PermissionsPanelProps) {
  const { t, i18n } = useTranslation()
  const [filter, setFilter] = useState<Omit<PermissionsFilter, 'channelId'>>({})
  const [person, setPerson] = useState<{ id: string; name: string } | null>(null)
  const [open, setOpen] = useState<TuyaAccessAuth | null>(null)
  const query = { ...filter, channelId: channel?.channelId, personId: person?.id }
  const { total, rows, error, ensure } = usePermissionPages(useSendsScope(), query)
  const status = (key: 'faceIssueStatus' | 'cardIssueStatus' | 'fingerprintIssueStatus', label: string) => (
    <Select
      label={label}
      placeholder={t('sends.permissions.any')}
      clearable
      w={130}
      value={filter[key] ?? null}
      onChange={(v) => setFilter({ ...filter, [key]: statusOf(v) })}
      data={[
        { value: 'pending', label: t('sends.permissions.pending') },
        { value: 'sent', label: t('sends.permissions.sent') },
      ]}
    />
  )
  return (
    <Stack gap="sm" data-testid="permissions-panel">
      <Group align="end" wrap="wrap">
        <SearchInput label={t('sends.permissions.search')} value={filter.search ?? ''} onSearch={(search) => setFilter({ ...filter, search })} w={240} />
        <Select
          label={t('sends.permissions.channel')}
          placeholder={t('sends.permissions.anyChannel')}
          searchable
          clearable
          w={240}
          value={channel?.channelId ?? null}
          data={channels.map((c) => ({ value: c.channelId, label: `${c.name}` }))}
          onChange={(v) => onChannel(channels.find((c) => c.channelId === v) ?? null)}
        />
        <Select
          label={t('sends.permissions.validity')}
          placeholder={t('sends.permissions.anyValidity')}
          clearable
          w={200}
          value={filter.validity ?? null}
          data={VALIDITIES.map((v) => ({ value: v, label: t(`sends.permissions.validities.${v}`) }))}
          onChange={(v) => setFilter({ ...filter, validity: VALIDITIES.find((x) => x === v) })}
        />
        {status('faceIssueStatus', t('sends.permissions.face'))}
        {status('cardIssueStatus', t('sends.permissions.card'))}
        {status('fingerprintIssueStatus', t('sends.permissions.fingerprint'))}
      </Group>
      {person && (
        <Group gap="xs">
          <Badge variant="light">{t('sends.permissions.person', { name: person.name })}</Badge>
          <Anchor component="button" type="button" size="sm" onClick={() => setPerson(null)}>
            {t('sends.permissions.clearPerson')}
          </Anchor>
        </Group>
      )}
      {error && <ErrorAlert error={error} />}
      {total !== null && (
        <Text size="sm" c="dimmed" data-testid="permission-count">
          {t('sends.permissions.matching', { count: total })}
        </Text>
      )}
      {total === 0 && <Text c="dimmed">{t('sends.permissions.empty')}</Text>}
      {total !== null && total > 0 && (
        <VirtualTable<TuyaAccessAuth>
          label={t('sends.permissions.tableLabel')}
          testId="permissions-table"
          rowTestId="permission-row"
          total={total}
          row={(i) => rows.get(i)}
          rowKey={(a) => a.accessAuthId}
          rowHeight={40}
          maxHeight={520}
          ensure={ensure}
          columns={[
            { key: 'name', width: 'minmax(0, 1.4fr)', header: t('sends.permissions.name') },
            { key: 'code', width: 'minmax(0, 1fr)', header: t('sends.permissions.code') },
            { key: 'channel', width: 'minmax(0, 1.3fr)', header: t('sends.permissions.channel') },
            { key: 'valid', width: 'minmax(0, 1.2fr)', header: t('sends.permissions.valid') },
            { key: 'card', width: 'minmax(0, 0.8fr)', header: t('sends.permissions.card') },
            { key: 'face', width: 'minmax(0, 0.8fr)', header: t('sends.permissions.face') },
            { key: 'fingerprint', width: 'minmax(0, 0.8fr)', header: t('sends.permissions.fingerprint') },
          ]}
          cells={(a) => ({
            name: (
              <Anchor
                component="button"
                type="button"
                size="sm"
                onClick={() => setOpen(a)}
                aria-label={t('sends.permissions.open', { name: a.name, channel: a.accessControlChannelName })}
              >
                {a.name}
              </Anchor>
            ),
            code: a.personCode,
            channel: a.accessControlChannelName,
            valid:
              a.authEndTime >= PERMANENT_END
                ? t('sends.permissions.permanent')
                : t('sends.permissions.until', { date: formatDate(a.authEndTime, i18n.language) }),
            card: issueStatusLabel(t, a.cardIssueStatus),
            face: issueStatusLabel(t, a.faceIssueStatus),
            fingerprint: issueStatusLabel(t, a.fingerprintIssueStatus),
          })}
        />
      )}
      {open && (
        <PermissionDetail
          auth={open}
          onClose={() => setOpen(null)}
          onPerson={() => {
            setPerson({ id: open.personId, name: open.name })
            onChannel(null)
            setOpen(null)
          }}
        />
      )}
    </Stack>
  )
}
