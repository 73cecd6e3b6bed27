import { Button, Group, Loader, Modal, Stack, Table, Text } from '@mantine/core'
import type { ImportRun } from '@shared/people/bulk-delete'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorAlert } from '../../../components/ErrorAlert'
import type { PeopleScope } from '../../../stores/people/store'
import { formatNumber, formatWhen } from '../../../i18n/format'
import { IMPORT_RUNS_SHOWN, useImportRuns } from '../people-queries'
import { BulkDeleteDialog } from '../bulk/BulkDeleteDialog'

/**
 * The staff files imported from this laptop, newest first: when, which file, how many staff it
 * created and how many are still there. "Undo this import" deletes exactly those, after the same
 * reviewed confirmation as any batch delete.
 */
export function ImportRunsDialog(props: { readonly scope: PeopleScope; readonly onClose: () => void }) {
  const { t, i18n } = useTranslation()
  const runs = useImportRuns(props.scope)
  const [undo, setUndo] = useState<ImportRun | null>(null)
  const page = runs.data
  return (
    <>
      <Modal opened={undo === null} onClose={props.onClose} title={t('people.bulk.historyTitle')} size="lg">
        <Stack gap="sm" data-testid="import-runs">
          {runs.appError && <ErrorAlert error={runs.appError} onRetry={() => void runs.refetch()} />}
          {!page && !runs.appError && <Loader size="sm" aria-label={t('people.loading')} />}
          {page && page.items.length === 0 && <Text size="sm">{t('people.bulk.noRuns')}</Text>}
          {page && page.items.length > 0 && (
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('people.bulk.runWhen')}</Table.Th>
                  <Table.Th>{t('people.bulk.runFile')}</Table.Th>
                  <Table.Th>{t('people.bulk.runCreated')}</Table.Th>
                  <Table.Th>{t('people.bulk.runRemaining')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {page.items.map((run) => (
                  <Table.Tr key={run.runId} data-testid="import-run">
                    <Table.Td>{formatWhen(run.startedAt, i18n.language)}</Table.Td>
                    <Table.Td>{run.fileName || t('people.bulk.unnamedFile')}</Table.Td>
                    <Table.Td>{formatNumber(run.created, i18n.language)}</Table.Td>
                    <Table.Td>{formatNumber(run.remaining, i18n.language)}</Table.Td>
                    <Table.Td>
                      <Button
                        size="compact-sm"
                        color="red"
                        variant="light"
                        disabled={run.remaining === 0}
                        onClick={() => setUndo(run)}
                        aria-label={t('people.bulk.undoNamed', { file: run.fileName || t('people.bulk.unnamedFile') })}
                      >
                        {t('people.bulk.undo')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          {page && page.total > IMPORT_RUNS_SHOWN && <Text size="xs">{t('people.bulk.newestRuns', { count: IMPORT_RUNS_SHOWN })}</Text>}
          <Text size="xs" c="dimmed">
            {t('people.bulk.runsNote')}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              {t('people.bulk.close')}
            </Button>
          </Group>
        </Stack>
      </Modal>
      {undo && (
        <BulkDeleteDialog
          target={{ kind: 'staff', scope: props.scope, selection: { kind: 'importRun', runId: undo.runId } }}
          title={t('people.bulk.undoTitle', { file: undo.fileName || t('people.bulk.unnamedFile') })}
          onClose={() => setUndo(null)}
        />
      )}
    </>
  )
}
