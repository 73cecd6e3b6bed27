import { Button, Group, Loader, Stack, Stepper, Text, Title } from '@mantine/core'
import type { ColumnMapping } from '@shared/people/columns'
import { type RawStaffRow, rowFromRecord } from '@shared/people/import-row'
import { IconArrowLeft } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { showPeopleScreen } from '../../../stores/people/actions'
import type { PeopleScope } from '../../../stores/people/store'
import { useStaffContext } from '../people-queries'
import { MappingStep } from './MappingStep'
import type { ParsedFile, ReadEncoding } from './parse-csv'
import { PickStep, ReadFailure, ReadProgress, useCsvReader } from './PickStep'
import { PreviewStep } from './PreviewStep'
import { RunStep } from './RunStep'
import { useChecks } from './use-checks'
import { formatNumber } from '../../../i18n/format'

/** Pick a CSV or .xlsx file → map its columns → preview every row's problems and fix them → create, with results. */
export function ImportWizard({ scope }: { readonly scope: PeopleScope }) {
  const { t, i18n } = useTranslation()
  const context = useStaffContext(scope).data ?? null
  const [step, setStep] = useState(0)
  const [file, setFile] = useState<ParsedFile | null>(null)
  const [mapping, setMapping] = useState<ColumnMapping>({})
  const [rows, setRows] = useState<readonly RawStaffRow[]>([])
  const [keepDuplicates, setKeepDuplicates] = useState(false)
  const { checks, stale } = useChecks(rows, context)
  const reader = useCsvReader()
  const reread = async (encoding: ReadEncoding) => {
    if (!file) return
    const parsed = await reader.read(file.source, { encoding })
    if (parsed) setFile({ ...parsed, encodingBy: 'chosen' })
  }
  const otherSheet = async (sheet: string) => {
    if (!file) return
    const parsed = await reader.read(file.source, { sheet })
    if (parsed) setFile(parsed)
  }

  const [checking, setChecking] = useState(false)
  const mapped = async (m: ColumnMapping) => {
    if (!file) return
    setMapping(m)
    setChecking(true)
    // Rows are built a slice at a time, the window given a turn between slices; the checks run in a worker.
    const built: RawStaffRow[] = []
    for (let i = 0; i < file.records.length; i += 5_000) {
      for (const r of file.records.slice(i, i + 5_000)) built.push(rowFromRecord(r.line, r.cells, file.headers, m))
      await new Promise((resolve) => setTimeout(resolve, 0))
    }
    setRows(built)
    setStep(2)
    setChecking(false)
  }

  return (
    <Stack gap="md" data-testid="import-wizard">
      <Group>
        <Button variant="subtle" leftSection={<IconArrowLeft size={16} aria-hidden />} onClick={() => showPeopleScreen({ kind: 'staffList' })}>
          {t('people.back')}
        </Button>
      </Group>
      <Title order={1} size="h2">
        {t('people.import.title')}
      </Title>
      <Stepper active={step} onStepClick={(s) => s < step && step < 3 && setStep(s)} allowNextStepsSelect={false} size="sm">
        <Stepper.Step label={t('people.import.step.pick')}>
          <PickStep
            onParsed={(parsed) => {
              setFile(parsed)
              setStep(1)
            }}
          />
        </Stepper.Step>
        <Stepper.Step label={t('people.import.step.map')}>
          {reader.share !== null && <ReadProgress share={reader.share} onCancel={reader.cancel} />}
          {reader.failure && <ReadFailure failure={reader.failure} />}
          {file && (
            <MappingStep
              key={`${file.fileName}/${file.encoding}/${file.workbook?.sheet ?? ''}`}
              file={file}
              onDone={(m) => void mapped(m)}
              checking={checking}
              onEncoding={(e) => void reread(e)}
              onSheet={(sheet) => void otherSheet(sheet)}
            />
          )}
        </Stepper.Step>
        <Stepper.Step label={t('people.import.step.preview')}>
          {file && checks === null && (
            <Group gap="sm" mt="md" role="status">
              <Loader size="sm" />
              <Text size="sm">{t('people.import.checking', { rows: formatNumber(rows.length, i18n.language) })}</Text>
            </Group>
          )}
          {file && checks !== null && (
            <PreviewStep
              rows={rows}
              checks={checks}
              stale={stale}
              mapping={mapping}
              fileName={file.fileName}
              onRows={setRows}
              onCreate={() => setStep(3)}
              keepDuplicates={keepDuplicates}
              onKeepDuplicates={setKeepDuplicates}
            />
          )}
        </Stepper.Step>
        <Stepper.Step label={t('people.import.step.create')}>
          {step === 3 && checks !== null && file && (
            <RunStep scope={scope} checks={checks} rows={rows} keepDuplicates={keepDuplicates} fileName={file.fileName} />
          )}
        </Stepper.Step>
      </Stepper>
    </Stack>
  )
}
