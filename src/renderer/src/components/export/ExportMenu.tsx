import { Alert, Button, Group, Menu, Progress, Stack, Text } from '@mantine/core'
import { type AppError, toAppError } from '@shared/errors'
import { type ExportTable, exportFileName } from '@shared/export/table'
import type { Result } from '@shared/result'
import { IconChevronDown, IconFileExport } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type ExportFormat, saveBlob, tableBlob } from './save-table'
import { formatNumber } from '../../i18n/format'
import { errorMessage } from '../../lib/error-message'

/** Builds the table to export, reporting rows read against the total as it goes. */
export type LoadExport = (onProgress: (read: number, total: number) => void) => Promise<Result<ExportTable, AppError>>

type State =
  | { readonly kind: 'idle' }
  | { readonly kind: 'reading'; readonly read: number; readonly total: number }
  | { readonly kind: 'failed'; readonly error: AppError }
  | { readonly kind: 'saved'; readonly fileName: string; readonly rows: number }

const today = (): string => new Date().toISOString().slice(0, 10)

/**
 * "Export" on a list: what the list's filter shows, as an Excel workbook or a CSV file. The rows
 * are read a page at a time with progress; a failure is said here, where the installer asked.
 */
export function ExportMenu({ load, testId = 'export' }: { readonly load: LoadExport; readonly testId?: string }) {
  const { t, i18n } = useTranslation()
  const [state, setState] = useState<State>({ kind: 'idle' })
  const run = async (format: ExportFormat) => {
    setState({ kind: 'reading', read: 0, total: 0 })
    const table = await load((read, total) => setState({ kind: 'reading', read, total }))
    if (!table.ok) return setState({ kind: 'failed', error: table.error })
    const fileName = exportFileName(table.value.title, today(), format)
    try {
      saveBlob(fileName, await tableBlob(table.value, format))
    } catch (error) {
      // The workbook library failed to load or to write: said here, never a button left spinning.
      return setState({ kind: 'failed', error: toAppError(error) })
    }
    setState({ kind: 'saved', fileName, rows: table.value.rows.length })
  }
  const busy = state.kind === 'reading'
  return (
    <Stack gap={4}>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button
            variant="light"
            loading={busy}
            leftSection={<IconFileExport size={16} aria-hidden />}
            rightSection={<IconChevronDown size={14} aria-hidden />}
            data-testid={testId}
          >
            {t('export.open')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => void run('xlsx')} data-testid={`${testId}-xlsx`}>
            {t('export.xlsx')}
          </Menu.Item>
          <Menu.Item onClick={() => void run('csv')} data-testid={`${testId}-csv`}>
            {t('export.csv')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {state.kind === 'reading' && state.total > 0 && (
        <Group gap="xs" wrap="nowrap" w={220}>
          <Progress value={(state.read / state.total) * 100} aria-label={t('export.reading')} style={{ flex: 1 }} />
          <Text size="xs" aria-live="polite">
            {t('export.progress', { read: formatNumber(state.read, i18n.language), total: formatNumber(state.total, i18n.language) })}
          </Text>
        </Group>
      )}
      {state.kind === 'failed' && (
        <Alert color="red" role="alert" title={t('export.failed')} withCloseButton onClose={() => setState({ kind: 'idle' })} maw={360}>
          <Text size="sm">{errorMessage(t, state.error)}</Text>
        </Alert>
      )}
      {state.kind === 'saved' && (
        <Text size="xs" c="dimmed" role="status" data-testid={`${testId}-saved`}>
          {t('export.saved', { count: state.rows, file: state.fileName })}
        </Text>
      )}
    </Stack>
  )
}
