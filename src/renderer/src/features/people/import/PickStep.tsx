import { Alert, FileInput, Progress, Stack, Text } from '@mantine/core'
import { IconFileTypeCsv } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { MAX_ROWS, type ParseOutcome, type ParsedFile, parseCsvFile } from './parse-csv'

export function PickStep({ onParsed }: { readonly onParsed: (file: ParsedFile) => void }) {
  const { t } = useTranslation()
  const [share, setShare] = useState<number | null>(null)
  const [failure, setFailure] = useState<Extract<ParseOutcome, { ok: false }>['reason'] | null>(null)
  const pick = async (file: File | null) => {
    if (!file) return
    setFailure(null)
    setShare(0)
    const outcome = await parseCsvFile(file, setShare)
    setShare(null)
    if (outcome.ok) onParsed(outcome.file)
    else setFailure(outcome.reason)
  }
  return (
    <Stack gap="sm" mt="md">
      <FileInput
        label={t('people.import.file')}
        description={t('people.import.fileHelp', { max: MAX_ROWS.toLocaleString() })}
        accept=".csv,text/csv,text/plain"
        leftSection={<IconFileTypeCsv size={16} aria-hidden />}
        onChange={(f) => void pick(f)}
        data-testid="csv-file"
        clearable
      />
      {share !== null && <Progress value={share * 100} aria-label={t('people.import.reading')} animated />}
      {failure && (
        <Alert color="red" role="alert" title={t('people.import.cannotRead')}>
          <Text size="sm">{t(`people.import.readError.${failure}`, { max: MAX_ROWS.toLocaleString() })}</Text>
        </Alert>
      )}
    </Stack>
  )
}
