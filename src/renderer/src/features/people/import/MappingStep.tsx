import { Alert, Button, Checkbox, Group, ScrollArea, Select, SimpleGrid, Stack, Table, Text } from '@mantine/core'
import { type ColumnMapping, REQUIRED_FIELDS, STAFF_FIELDS, type StaffField, guessMapping, mappingReport } from '@shared/people/columns'
import { type FileProblem, checkCsvFile, fileProblemMessage } from '@shared/people/file-check'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type ParsedFile, READ_ENCODINGS, type ReadEncoding } from './parse-csv'
import { SheetChoice } from './SheetChoice'
import { loadTemplate, saveTemplate } from './template-store'
import { formatNumber } from '../../../i18n/format'

/** File problems this step words itself, from the mapping and the chosen encoding. */
const SHOWN_HERE: ReadonlySet<FileProblem['kind']> = new Set(['otherEncoding', 'byteOrderMark', 'missingColumns', 'extraColumns'])

/** Which column of the file feeds which field; the saved template fills it in. */
export function MappingStep({
  file,
  onDone,
  onEncoding,
  onSheet,
  checking = false,
}: {
  readonly file: ParsedFile
  readonly onDone: (mapping: ColumnMapping) => void
  readonly onEncoding: (encoding: ReadEncoding) => void
  readonly onSheet: (sheet: string) => void
  readonly checking?: boolean
}) {
  const { t, i18n } = useTranslation()
  const [template] = useState(loadTemplate)
  const [mapping, setMapping] = useState<ColumnMapping>(() => guessMapping(file.headers, template))
  const [save, setSave] = useState(true)
  const report = mappingReport(file.headers, mapping)
  // The whole-file checks this step does not already show itself (encoding, BOM and columns are above).
  const fileProblems = useMemo(
    () =>
      checkCsvFile({ decoded: { ok: true, text: '', encoding: 'utf-8', bom: false }, headers: file.headers, records: file.records, mapping: {} }).filter(
        (p) => !SHOWN_HERE.has(p.kind),
      ),
    [file],
  )
  const blocked = fileProblems.some((p) => p.severity === 'block')
  const language = i18n.language === 'zh-CN' ? 'zh-CN' : 'en'
  const set = (field: StaffField, header: string | null) => {
    const next: Partial<Record<StaffField, string>> = { ...mapping }
    if (header === null) delete next[field]
    else next[field] = header
    setMapping(next)
  }
  return (
    <Stack gap="sm" mt="md" data-testid="mapping-step">
      <Group align="flex-end" justify="space-between">
        <Text size="sm" data-testid="file-summary">
          {file.workbook
            ? t('people.import.workbookSummary', {
                name: file.fileName,
                rows: formatNumber(file.records.length, i18n.language),
                sheet: file.workbook.sheet,
              })
            : t('people.import.fileSummary', {
                name: file.fileName,
                rows: formatNumber(file.records.length, i18n.language),
                encoding: t(`people.import.encoding.${file.encoding}`),
              })}
          {file.bom ? ` · ${t('people.import.withBom')}` : ''}
        </Text>
        {file.workbook ? (
          file.workbook.sheets.length > 1 && <SheetChoice sheets={file.workbook.sheets} sheet={file.workbook.sheet} onSheet={onSheet} />
        ) : (
          <Select
            label={t('people.import.encodingLabel')}
            data={READ_ENCODINGS.map((e) => ({ value: e, label: t(`people.import.encoding.${e}`) }))}
            value={file.encoding}
            onChange={(v) => v && v !== file.encoding && onEncoding(v as ReadEncoding)}
            allowDeselect={false}
            w={320}
            data-testid="encoding-select"
          />
        )}
      </Group>
      {file.encodingBy === 'guessed' && (
        <Alert color="orange" role="alert" title={t('people.import.encodingGuessedTitle')} data-testid="encoding-notice">
          {t('people.import.encodingGuessed', { encoding: t(`people.import.encoding.${file.encoding}`) })}
        </Alert>
      )}
      <ScrollArea type="auto" offsetScrollbars>
        <Table withTableBorder fz="xs" aria-label={t('people.import.sample')} data-testid="file-sample">
          <Table.Thead>
            <Table.Tr>
              {file.headers.map((h, i) => (
                <Table.Th key={i} style={{ whiteSpace: 'nowrap' }}>
                  {h}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {file.records.slice(0, 3).map((r) => (
              <Table.Tr key={r.line}>
                {file.headers.map((_, i) => (
                  <Table.Td key={i} style={{ whiteSpace: 'nowrap', maxWidth: 220, overflow: 'hidden', textOverflow: 'ellipsis' }}>
                    {r.cells[i] ?? ''}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
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
      {fileProblems.length > 0 && (
        <Alert
          color={blocked ? 'red' : 'orange'}
          role="alert"
          title={t(blocked ? 'people.import.fileBlocked' : 'people.import.fileWarnings')}
          data-testid="file-problems"
        >
          <Stack gap={4}>
            {fileProblems.map((p) => (
              <Text size="sm" key={p.kind}>
                {fileProblemMessage(p, language)}
              </Text>
            ))}
          </Stack>
        </Alert>
      )}
      {report.missingRequired.length > 0 && (
        <Alert color="red" role="alert" data-testid="missing-columns">
          {t('people.import.missingColumns', { fields: report.missingRequired.map((f) => t(`people.field.${f}`)).join(', ') })}
        </Alert>
      )}
      {report.ignoredHeaders.length > 0 && (
        <Alert color="blue" role="status" data-testid="ignored-columns">
          {t('people.import.ignoredColumns', { columns: report.ignoredHeaders.join(', ') })}
        </Alert>
      )}
      <Group justify="space-between">
        <Checkbox label={t('people.import.saveTemplate')} checked={save} onChange={(e) => setSave(e.currentTarget.checked)} />
        <Button
          disabled={report.missingRequired.length > 0 || blocked}
          loading={checking}
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
