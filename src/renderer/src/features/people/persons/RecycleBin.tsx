import { Button, Group, List, Modal, Stack, Text } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import type { TuyaPerson } from '@shared/domain/tuya'
import { IconRestore } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../../api'
import { ConfirmChangeDialog } from '../../../components/ConfirmChangeDialog'
import { ErrorAlert } from '../../../components/ErrorAlert'
import { type PeopleScope } from '../../../stores/people/store'
import { useRecycledDetail, useRecyclePages } from '../people-queries'
import { VirtualRows } from '../VirtualRows'
import { PersonRow } from './PersonRow'
import { SearchInput } from '../../../components/SearchInput'
import { ListCount } from '../../../components/ListCount'

/** Deleted persons, their detail (the organisations they were in), and recover one or many. */
export function RecycleBin({ scope }: { readonly scope: PeopleScope }) {
  const { t } = useTranslation()
  const [search, setSearch] = useState('')
  const [debounced] = useDebouncedValue(search, 150)
  const [selected, setSelected] = useState<ReadonlyMap<string, string>>(new Map())
  const [openId, setOpenId] = useState<string | null>(null)
  const detailRead = useRecycledDetail(scope, openId)
  const detail = openId === null ? null : (detailRead.data ?? null)
  const [confirm, setConfirm] = useState<ReadonlyMap<string, string> | null>(null)
  const { total, rows, error, ensure } = useRecyclePages(scope, debounced.trim())
  const toggle = (p: TuyaPerson) =>
    setSelected((prev) => {
      const next = new Map(prev)
      if (next.has(p.personId)) next.delete(p.personId)
      else next.set(p.personId, p.name)
      return next
    })
  return (
    <Stack gap="sm" data-testid="recycle-bin">
      <Group align="flex-end">
        <SearchInput label={t('people.recycle.search')} value={search} onSearch={setSearch} style={{ flex: 1 }} />
        <Button
          leftSection={<IconRestore size={16} aria-hidden />}
          disabled={selected.size === 0}
          onClick={() => setConfirm(selected)}
          data-testid="recover-selected"
        >
          {t('people.recycle.recoverSelected', { count: selected.size })}
        </Button>
      </Group>
      <ListCount total={total} error={error} waiting={t('people.loading')} counted={(count) => t('people.recycle.count', { count })} />
      {openId !== null && detailRead.appError && <ErrorAlert error={detailRead.appError} onRetry={() => void detailRead.refetch()} />}
      <VirtualRows
        label={t('people.recycle.title')}
        total={total ?? 0}
        rows={rows}
        rowHeight={56}
        height="calc(100vh - 340px)"
        ensure={ensure}
        testId="recycle-list"
        render={(p) => (
          <PersonRow
            name={p.name}
            details={[t('people.recycle.was', { organisations: p.structureSnapshots.filter(Boolean).join(', ') || '—' }), p.mobile, p.personCode]
              .filter(Boolean)
              .join(' · ')}
            picked={selected.has(p.personId)}
            onPick={() => toggle(p)}
            onOpen={() => setOpenId(p.personId)}
            testId="recycled-row"
          />
        )}
      />
      {detail && (
        <Modal opened onClose={() => setOpenId(null)} title={detail.name}>
          <Stack gap={4}>
            <Text size="sm">{t('people.recycle.was', { organisations: detail.structureSnapshots.filter(Boolean).join(', ') || '—' })}</Text>
            <Text size="sm">
              {t('people.persons.mobile')}: {detail.mobile ? `${detail.mobileCountry} ${detail.mobile}` : '—'}
            </Text>
            <Text size="sm">
              {t('people.persons.email')}: {detail.email || '—'}
            </Text>
            <Text size="sm">
              {t('people.persons.personCode')}: {detail.personCode || '—'}
            </Text>
            <Group justify="flex-end" mt="md">
              <Button leftSection={<IconRestore size={16} aria-hidden />} onClick={() => setConfirm(new Map([[detail.personId, detail.name]]))}>
                {t('people.recycle.recover')}
              </Button>
            </Group>
          </Stack>
        </Modal>
      )}
      {confirm && (
        <ConfirmChangeDialog
          title={t('people.recycle.confirmTitle', { count: confirm.size })}
          confirm={t('people.recycle.recoverConfirm', { count: confirm.size })}
          color="blue"
          change={(intentKey) => api.persons.recover({ ...scope, personIds: [...confirm.keys()], intentKey })}
          onClose={(recovered) => {
            setConfirm(null)
            if (!recovered) return
            setSelected(new Map())
            setOpenId(null)
          }}
          testId="confirm-recover"
        >
          <Text size="sm">{t('people.recycle.confirmBody', { count: confirm.size })}</Text>
          <List size="sm" mah={200} style={{ overflow: 'auto' }} data-testid="recover-names">
            {[...confirm].map(([id, name]) => (
              <List.Item key={id}>{name}</List.Item>
            ))}
          </List>
        </ConfirmChangeDialog>
      )}
    </Stack>
  )
}
