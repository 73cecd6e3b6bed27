import { Button, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import type { AppError } from '@shared/errors'
import type { TFunction } from 'i18next'
import { errorMessage } from '../lib/error-message'
import { showSection } from '../stores/ui/store'
import { ErrorAlert } from './ErrorAlert'

/**
 * What the installer sees after a change, wherever it was made. An error goes where they acted:
 * on the field it names (`lib/place-error.ts`), else inside the form or dialog
 * (`FormError`), else, for a change made from a button outside any form, as a notification.
 */
export function FormError({ error }: { readonly error: AppError | null }) {
  return error ? (
    <div data-testid="form-error">
      <ErrorAlert error={error} />
    </div>
  ) : null
}

/** A change made from a button, not a form: its refusal as a notification that stays until closed. */
export function notifyError(t: TFunction, error: AppError): void {
  notifications.show({ color: 'red', title: t('changes.notSentTitle'), message: errorMessage(t, error), autoClose: false })
}

/**
 * The change could not reach the cloud and waits in the outbox: the form closes and this says
 * where it is. `message`: what waits, in the form's own words (else the general sentence).
 */
export function notifyQueued(t: TFunction, message?: string): void {
  notifications.show({
    id: 'change-queued',
    color: 'yellow',
    title: t('changes.queuedTitle'),
    autoClose: 10_000,
    message: (
      <Stack gap={4} align="flex-start" data-testid="queued-notice">
        <Text size="sm">{message ?? t('changes.queued')}</Text>
        <Button
          size="compact-xs"
          variant="light"
          onClick={() => {
            notifications.hide('change-queued')
            showSection('outbox')
          }}
        >
          {t('changes.openOutbox')}
        </Button>
      </Stack>
    ),
  })
}
