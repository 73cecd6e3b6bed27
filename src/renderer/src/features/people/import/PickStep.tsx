import { Alert, Button, FileInput, Group, Progress, Stack, Text } from '@mantine/core'
import { IconDownload, IconFileSpreadsheet, IconX } from '@tabler/icons-react'
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { downloadText } from './download'
import { MAX_ROWS, type ParseFailure, type ParsedFile } from './parse-csv'
import { type ReadChoice, readImportFile } from './read-import-file'
import { SheetChoice } from './SheetChoice'
import { formatNumber } from '../../../i18n/format'

/** The columns the import reads, with one example row: what a supplier's sheet should look like. */
const EXAMPLE = [
  'staff_access_name,access_groups,pin_codes,rf_cards,face_picture_urls,floor_accesses',
  'Ana Costa (Cleaner),Pool Gate;Gym,482913,0A1B2C3D,https://example.com/faces/ana.jpg,AB01:1|2',
  'Tom Berg (Courier),Parcel Room,,,,',
].join('\r\n')

/** Why a file was not read; a workbook with several sheets waits for the installer to choose one. */
export type ReadProblem = { readonly reason: ParseFailure } | { readonly reason: 'chooseSheet'; readonly sheets: readonly string[] }

/** Reads a CSV or .xlsx file with progress and a cancel button; what went wrong is said with what to do. */
export function useCsvReader() {
  const [share, setShare] = useState<number | null>(null)
  const [failure, setFailure] = useState<ReadProblem | null>(null)
  const controller = useRef<AbortController | null>(null)
  const read = async (file: Blob & { readonly name: string }, choice: Omit<ReadChoice, 'signal'> = {}): Promise<ParsedFile | null> => {
    controller.current?.abort()
    const mine = new AbortController()
    controller.current = mine
    setFailure(null)
    setShare(0)
    const outcome = await readImportFile(file, setShare, { ...choice, signal: mine.signal })
    if (controller.current !== mine) return null
    controller.current = null
    setShare(null)
    if (outcome.ok) return outcome.file
    setFailure(outcome)
    return null
  }
  const cancel = () => controller.current?.abort()
  return { share, failure, read, cancel }
}

export function ReadProgress({ share, onCancel }: { readonly share: number; readonly onCancel: () => void }) {
  const { t } = useTranslation()
  const percent = Math.round(share * 100)
  return (
    <Group gap="sm" wrap="nowrap" data-testid="read-progress">
      <Progress value={percent} aria-label={t('people.import.reading')} style={{ flex: 1 }} data-testid="read-bar" />
      <Text size="sm" w={150} aria-live="polite">
        {t('people.import.readingPercent', { percent })}
      </Text>
      <Button size="xs" variant="default" leftSection={<IconX size={14} aria-hidden />} onClick={onCancel} data-testid="cancel-read">
        {t('people.import.cancelRead')}
      </Button>
    </Group>
  )
}

export function ReadFailure({ failure }: { readonly failure: ReadProblem }) {
  const { t, i18n } = useTranslation()
  if (failure.reason === 'chooseSheet') return null
  if (failure.reason === 'cancelled')
    return (
      <Text size="sm" c="dimmed" role="status" data-testid="read-cancelled">
        {t('people.import.readError.cancelled')}
      </Text>
    )
  return (
    <Alert color="red" role="alert" title={t('people.import.cannotRead')} data-testid="read-failure">
      <Text size="sm">{t(`people.import.readError.${failure.reason}`, { max: formatNumber(MAX_ROWS, i18n.language) })}</Text>
    </Alert>
  )
}

export function PickStep({ onParsed }: { readonly onParsed: (file: ParsedFile) => void }) {
  const { t, i18n } = useTranslation()
  const { share, failure, read, cancel } = useCsvReader()
  const [picked, setPicked] = useState<File | null>(null)
  const pick = async (file: File | null, sheet?: string) => {
    setPicked(file)
    if (!file) return cancel()
    const parsed = await read(file, sheet ? { sheet } : {})
    if (parsed) onParsed(parsed)
  }
  return (
    <Stack gap="sm" mt="md">
      <FileInput
        label={t('people.import.file')}
        description={t('people.import.fileHelp', { max: formatNumber(MAX_ROWS, i18n.language) })}
        placeholder={t('people.import.filePlaceholder')}
        accept=".csv,.xlsx,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
        value={picked}
        onChange={(f) => void pick(f)}
        data-testid="csv-file"
        clearable
      />
      {share !== null && <ReadProgress share={share} onCancel={cancel} />}
      {failure && <ReadFailure failure={failure} />}
      {failure?.reason === 'chooseSheet' && picked && <SheetChoice sheets={failure.sheets} sheet={null} onSheet={(sheet) => void pick(picked, sheet)} />}
      <Group gap="xs">
        <Text size="sm" c="dimmed">
          {t('people.import.exampleHelp')}
        </Text>
        <Button
          size="xs"
          variant="subtle"
          leftSection={<IconDownload size={14} aria-hidden />}
          onClick={() => downloadText('fieldkey-staff-example.csv', `\uFEFF${EXAMPLE}\r\n`)}
        >
          {t('people.import.example')}
        </Button>
      </Group>
    </Stack>
  )
}
