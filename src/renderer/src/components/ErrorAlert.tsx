import { Alert, Button, Code, Group, Stack, Text } from '@mantine/core'
import type { AppError } from '@shared/errors'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { errorMessage } from '../lib/error-message'

/** An error as the installer sees it: what happened and what to do, details for support. */
export function ErrorAlert({ error, onRetry }: { readonly error: AppError; readonly onRetry?: () => void }) {
  const { t } = useTranslation()
  // A refused input is said in full by its issues; its detail would only repeat them as contract keys.
  const detail = error.issues?.length
    ? ''
    : [error.vendor?.code && `${error.vendor.vendor} ${error.vendor.code}`, error.vendor?.requestId, error.detail].filter(Boolean).join(' · ')
  return (
    <Alert color="red" icon={<IconAlertTriangle aria-hidden />} title={t('errors.title')} role="alert">
      <Stack gap="xs">
        <Text size="sm">{errorMessage(t, error)}</Text>
        {detail && (
          <Text size="xs" c="dimmed">
            {t('errors.details')}: <Code>{detail}</Code>
          </Text>
        )}
        {onRetry && (
          <Group>
            <Button size="xs" variant="light" color="red" onClick={onRetry}>
              {t('diagnostics.retry')}
            </Button>
          </Group>
        )}
      </Stack>
    </Alert>
  )
}
