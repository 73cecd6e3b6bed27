import { Button, Group, List, Modal, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../../api'
import { loadStaff, runWrite } from '../../../stores/people/actions'

/** Confirms deleting one or several staff accesses; says whether they were deleted or queued. */
export function DeleteStaffDialog(props: { readonly ids: readonly string[]; readonly names: readonly string[]; readonly onClose: (deleted: boolean) => void }) {
  const { t } = useTranslation()
  const [busy, setBusy] = useState(false)
  const remove = async () => {
    setBusy(true)
    const result = await runWrite((scope) => api.staff.delete({ ...scope, staffAccessIds: [...props.ids] }), loadStaff)
    setBusy(false)
    props.onClose(result?.ok === true)
  }
  return (
    <Modal opened onClose={() => props.onClose(false)} title={t('people.staff.deleteTitle', { count: props.ids.length })}>
      <Text size="sm">{t('people.staff.deleteBody', { count: props.ids.length })}</Text>
      <List size="sm" my="sm" mah={200} style={{ overflow: 'auto' }}>
        {props.names.map((n, i) => (
          <List.Item key={props.ids[i]}>{n}</List.Item>
        ))}
      </List>
      <Group justify="flex-end">
        <Button variant="default" onClick={() => props.onClose(false)}>
          {t('people.cancel')}
        </Button>
        <Button color="red" loading={busy} onClick={() => void remove()} data-testid="confirm-delete">
          {t('people.staff.deleteConfirm', { count: props.ids.length })}
        </Button>
      </Group>
    </Modal>
  )
}
