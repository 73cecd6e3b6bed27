import { Button, Group, Modal, Stack } from '@mantine/core'
import type { AppError } from '@shared/errors'
import type { Result } from '@shared/result'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { FormError } from './ChangeFeedback'
import { useFormChange } from './use-form-change'

/**
 * "Are you sure?" for one change (delete, disable, recover…): one intent per opened dialog, the
 * button disabled while it runs, a refusal shown inside the dialog (which stays open to try
 * again or cancel), and a change kept in the outbox said where it waits. `onClose(true)` once the
 * change is made or queued.
 */
export function ConfirmChangeDialog<T extends { readonly kind: string }>(props: {
  readonly title: string
  readonly children: ReactNode
  readonly confirm: string
  readonly color?: string
  readonly change: (intentKey: string) => Promise<Result<T, AppError>>
  readonly onClose: (done: boolean) => void
  readonly testId?: string
}) {
  const { t } = useTranslation()
  const running = useFormChange((_: null, intentKey: string) => props.change(intentKey), {
    onSaved: () => props.onClose(true),
    onQueued: () => props.onClose(true),
  })
  return (
    <Modal opened onClose={() => props.onClose(false)} title={props.title}>
      <Stack gap="sm">
        {props.children}
        <FormError error={running.appError} />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => props.onClose(false)}>
            {t('common.cancel')}
          </Button>
          <Button
            color={props.color ?? 'red'}
            loading={running.isPending}
            disabled={running.isPending}
            onClick={() => running.submit(null)}
            {...(props.testId ? { 'data-testid': props.testId } : {})}
          >
            {props.confirm}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
