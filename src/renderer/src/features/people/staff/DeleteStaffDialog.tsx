import { List, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { api } from '../../../api'
import { ConfirmChangeDialog } from '../../../components/ConfirmChangeDialog'
import type { PeopleScope } from '../../../stores/people/store'

/** Confirms deleting one or several staff accesses; a delete that waits in the outbox says so. */
export function DeleteStaffDialog(props: {
  readonly scope: PeopleScope
  readonly ids: readonly string[]
  readonly names: readonly string[]
  readonly onClose: (deleted: boolean) => void
}) {
  const { t } = useTranslation()
  return (
    <ConfirmChangeDialog
      title={t('people.staff.deleteTitle', { count: props.ids.length })}
      confirm={t('people.staff.deleteConfirm', { count: props.ids.length })}
      change={(intentKey) => api.staff.delete({ ...props.scope, staffAccessIds: [...props.ids], intentKey })}
      onClose={props.onClose}
      testId="confirm-delete"
    >
      <Text size="sm">{t('people.staff.deleteBody', { count: props.ids.length })}</Text>
      <List size="sm" mah={200} style={{ overflow: 'auto' }}>
        {props.names.map((n, i) => (
          <List.Item key={props.ids[i]}>{n}</List.Item>
        ))}
      </List>
    </ConfirmChangeDialog>
  )
}
