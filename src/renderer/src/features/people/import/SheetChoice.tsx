import { Alert, Select, Stack } from '@mantine/core'
import { useTranslation } from 'react-i18next'

/** The sheets of a workbook to read the staff from: asked first when there are several, and changeable after. */
export function SheetChoice({
  sheets,
  sheet,
  onSheet,
}: {
  readonly sheets: readonly string[]
  readonly sheet: string | null
  readonly onSheet: (sheet: string) => void
}) {
  const { t } = useTranslation()
  return (
    <Stack gap={4}>
      {sheet === null && (
        <Alert color="blue" role="status" data-testid="choose-sheet">
          {t('people.import.chooseSheet', { count: sheets.length })}
        </Alert>
      )}
      <Select
        label={t('people.import.sheetLabel')}
        placeholder={t('people.import.sheetPlaceholder')}
        data={[...sheets]}
        value={sheet}
        onChange={(v) => v && v !== sheet && onSheet(v)}
        allowDeselect={false}
        w={320}
        data-testid="sheet-select"
      />
    </Stack>
  )
}
