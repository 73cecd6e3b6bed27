import { Anchor, Badge, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core'
import type { TuyaAccessAuth, TuyaIssueStatus } from '@shared/domain/tuya'
import type { ChannelRow, PermissionsFilter, PermissionsPage, ValidityFilter } from '@shared/sends/types'
import { PERMANENT_END } from '@shared/sends/validity'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorAlert } from '../../components/ErrorAlert'
import type { AppError } from '@shared/errors'
import { loadPermissions } from '../../stores/sends/actions'
import { PermissionDetail } from './PermissionDetail'

const VALIDITIES: readonly ValidityFilter[] = ['permanent', 'expired', 'within7Days', 'within15Days', 'within30Days']
const PAGE = 200

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
  const [page, setPage] = useState<PermissionsPage | null>(null)
  const [error, setError] = useState<AppError | null>(null)
  const [open, setOpen] = useState<TuyaAccessAuth | null>(null)
  useEffect(() => {
    void loadPermissions({ ...filter, channelId: channel?.channelId, personId: person?.id }, 0, PAGE).then((r) => {
      if (!r) return
      if (r.ok) setPage(r.value)
      else setError(r.error)
    })
  }, [filter, channel, person])
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
        <TextInput label={t('sends.permissions.search')} value={filter.search ?? ''} onChange={(e) => setFilter({ ...filter, search: e.currentTarget.value })} w={240} />
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
      {page && (
        <Text size="sm" c="dimmed">
          {t('sends.permissions.count', { shown: page.items.length, total: page.total })}
        </Text>
      )}
      {page && page.items.length === 0 && <Text c="dimmed">{t('sends.permissions.empty')}</Text>}
      {page && page.items.length > 0 && (
        <Table striped highlightOnHover data-testid="permissions-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('sends.permissions.name')}</Table.Th>
              <Table.Th>{t('sends.permissions.code')}</Table.Th>
              <Table.Th>{t('sends.permissions.channel')}</Table.Th>
              <Table.Th>{t('sends.permissions.valid')}</Table.Th>
              <Table.Th>{t('sends.permissions.card')}</Table.Th>
              <Table.Th>{t('sends.permissions.face')}</Table.Th>
              <Table.Th>{t('sends.permissions.fingerprint')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {page.items.map((a) => (
              <Table.Tr key={a.accessAuthId} data-testid="permission-row">
                <Table.Td>
                  <Anchor component="button" type="button" onClick={() => setOpen(a)} aria-label={t('sends.permissions.open', { name: a.name, channel: a.accessControlChannelName })}>
                    {a.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>{a.personCode}</Table.Td>
                <Table.Td>{a.accessControlChannelName}</Table.Td>
                <Table.Td>{a.authEndTime >= PERMANENT_END ? t('sends.permissions.permanent') : t('sends.permissions.until', { date: new Date(a.authEndTime).toLocaleDateString(i18n.language) })}</Table.Td>
                <Table.Td>{t(`sends.permissions.${a.cardIssueStatus}`)}</Table.Td>
                <Table.Td>{t(`sends.permissions.${a.faceIssueStatus}`)}</Table.Td>
                <Table.Td>{t(`sends.permissions.${a.fingerprintIssueStatus}`)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
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
