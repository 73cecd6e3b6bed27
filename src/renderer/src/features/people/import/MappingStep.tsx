import { Alert, Button, Checkbox, Group, Select, SimpleGrid, Stack, Text } from '@mantine/core'
import { type ColumnMapping, REQUIRED_FIELDS, STAFF_FIELDS, type StaffField, guessMapping, mappingReport } from '@shared/people/columns'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ParsedFile } from './parse-csv'
import { loadTemplate, saveTemplate } from './template-store'

/** Which column of the file feeds which field; the saved template fills it in. */
export function MappingStep({ file, onDone }: { readonly file: ParsedFile; readonly onDone: (mapping: ColumnMapping) => void }) {
  const { t } = useTranslation()
  const [template] = useState(loadTemplate)
  const [mapping, setMapping] = useState<ColumnMapping>(() => guessMapping(file.headers, template))
  const [save, setSave] = useState(true)
  const report = mappingReport(file.headers, mapping)
  const set = (field: StaffField, header: string | null) => {
    const next: Partial<Record<StaffField, string>> = { ...mapping }
    if (header === null) delete next[field]
    else next[field] = header
    setMapping(next)
  }
  return (
    <Stack gap="sm" mt="md" data-testid="mapping-step">
      <Text size="sm">
        {t('people.import.fileSummary', { name: file.fileName, rows: file.records.length, encoding: file.encoding.toUpperCase(), bom: file.bom ? t('people.import.withBom') : '' })}
      </Text>
      {template && (
        <Text size="xs" c="dimmed">
          {t('people.import.templateUsed')}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {STAFF_FIELDS.map((field) => (
          <Select
            key={field}
            label={t(`people.field.${field}`)}
            required={REQUIRED_FIELDS.includes(field)}
            placeholder={t('people.import.notInFile')}
            data={file.headers.filter((h) => h !== '').map((h) => ({ value: h, label: h }))}
            value={mapping[field] ?? null}
            onChange={(v) => set(field, v)}
            clearable
          />
        ))}
      </SimpleGrid>
      {report.missingRequired.length > 0 && (
        <Alert color="red" role="alert">
          {t('people.import.missingColumns', { fields: report.missingRequired.map((f) => t(`people.field.${f}`)).join(', ') })}
        </Alert>
      )}
      {report.ignoredHeaders.length > 0 && (
        <Alert color="blue" role="status">
          {t('people.import.ignoredColumns', { columns: report.ignoredHeaders.join(', ') })}
        </Alert>
      )}
      <Group justify="space-between">
        <Checkbox label={t('people.import.saveTemplate')} checked={save} onChange={(e) => setSave(e.currentTarget.checked)} />
        <Button
          disabled={report.missingRequired.length > 0}
          onClick={() => {
            if (save) saveTemplate({ version: 1, mapping })
            onDone(mapping)
          }}
          data-testid="mapping-next"
        >
          {t('people.import.check')}
        </Button>
      </Group>
    </Stack>
  )
}
