import { Button, Group, Modal, Stack } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

/** A question before a change that cannot be taken back: Cancel has the focus, the red button does it. */
export function ConfirmModal(props: {
  readonly opened: boolean
  readonly onClose: () => void
  readonly title: string
  readonly confirm: string
  readonly onConfirm: () => void
  readonly children: ReactNode
}) {
  const { t } = useTranslation()
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.title}>
      <Stack>
        {props.children}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose} data-autofocus>
            {t('connection.cancel')}
          </Button>
          <Button
            color="red"
            onClick={() => {
              props.onClose()
              props.onConfirm()
            }}
          >
            {props.confirm}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
