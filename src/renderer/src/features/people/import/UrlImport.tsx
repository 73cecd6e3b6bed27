import { Alert, Button, Group, Progress, Stack, Text, TextInput, Title } from '@mantine/core'
import { IconArrowLeft } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../../api'
import { useResultMutation } from '../../../query/use-result-mutation'
import { ErrorAlert } from '../../../components/ErrorAlert'
import { showPeopleScreen } from '../../../stores/people/actions'
import type { PeopleScope } from '../../../stores/people/store'
import { FIELD_LIMITS } from '@shared/field-limits'
import { urlImportFinished, useUrlImportStatus } from '../people-queries'

/** `import_staff_access_info` for a file the installer hosts; `get_import_result` polled into a bar. */
export function UrlImport({ scope }: { readonly scope: PeopleScope }) {
  const { t } = useTranslation()
  const [fileUrl, setFileUrl] = useState('')
  const [fileName, setFileName] = useState('')
  const [taskId, setTaskId] = useState<string | null>(null)
  const read = useUrlImportStatus(scope, taskId)
  const status = read.data ?? null
  const starting = useResultMutation((input: { readonly fileName: string; readonly fileUrl: string }) => api.staff.urlImportStart({ ...scope, ...input }), {
    onDone: (started) => setTaskId(started.taskId),
  })
  const busy = starting.isPending
  const error = starting.appError ?? read.appError
  const urlOk = /^https?:\/\/\S+$/i.test(fileUrl.trim())

  const start = () => {
    if (busy) return
    setTaskId(null)
    const name = fileName.trim() || (fileUrl.trim().split('/').pop() || 'staff.csv').slice(0, FIELD_LIMITS.importFileName)
    starting.mutate({ fileName: name, fileUrl: fileUrl.trim() })
  }
  const done = status !== null && urlImportFinished(status)
  return (
    <Stack gap="md" maw={720} data-testid="url-import">
      <Group>
        <Button variant="subtle" leftSection={<IconArrowLeft size={16} aria-hidden />} onClick={() => showPeopleScreen({ kind: 'staffList' })}>
          {t('people.back')}
        </Button>
      </Group>
      <Title order={1} size="h2">
        {t('people.urlImport.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('people.urlImport.help')}
      </Text>
      <TextInput
        label={t('people.urlImport.url')}
        required
        value={fileUrl}
        maxLength={FIELD_LIMITS.importUrl}
        onChange={(e) => setFileUrl(e.currentTarget.value)}
        error={fileUrl !== '' && !urlOk ? t('people.urlImport.badUrl') : null}
      />
      <TextInput
        label={t('people.urlImport.fileName')}
        value={fileName}
        maxLength={FIELD_LIMITS.importFileName}
        onChange={(e) => setFileName(e.currentTarget.value)}
      />
      <Group>
        <Button onClick={start} disabled={!urlOk || busy || (taskId !== null && !done)} loading={busy} data-testid="url-import-start">
          {t('people.urlImport.start')}
        </Button>
      </Group>
      {error && <ErrorAlert error={error} />}
      {status && (
        <Stack gap="xs">
          <Progress value={status.importProcess} aria-label={t('people.urlImport.progress')} animated={!done} />
          <Text size="sm" aria-live="polite" data-testid="url-import-status">
            {t(`people.urlImport.status.${status.importStatus}`, { percent: status.importProcess, failures: status.failureCount })}
          </Text>
          {done && (
            <Alert color={status.importStatus === 'success' ? 'green' : status.importStatus === 'failure' ? 'red' : 'orange'} role="status">
              {t(`people.urlImport.outcome.${status.importStatus}`, { failures: status.failureCount })}
            </Alert>
          )}
        </Stack>
      )}
    </Stack>
  )
}
