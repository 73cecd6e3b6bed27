import { Button, Group, Input, SegmentedControl, Stack, Table, Text, TextInput, VisuallyHidden } from '@mantine/core'
import { CARD_FORMATS, type CardInputBase, cardReadings, possibleBases } from '@shared/people/card'
import { wiegandOf } from '@shared/people/wiegand'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'

/**
 * The card number as the reader or the supplier's sheet prints it, read as decimal or hex (or as
 * a Wiegand facility,card pair), and shown in every format side by side; the installer adds the
 * one their reader prints.
 */
export function CardHelper({ onUse }: { readonly onUse: (number: string) => void }) {
  const { t } = useTranslation()
  const [value, setValue] = useState('')
  const [chosen, setChosen] = useState<CardInputBase>('decimal')
  // Nothing typed yet: both readings are offered, so the control does not look switched off.
  const bases = value.trim() === '' ? (['decimal', 'hex'] as const) : possibleBases(value)
  const base = bases.includes(chosen) ? chosen : (bases[0] ?? chosen)
  const wiegand = wiegandOf(value)
  const readings = wiegand ? (wiegand.kind === 'card' ? cardReadings(wiegand.value.toString(), 'decimal') : null) : cardReadings(value, base)
  return (
    <Stack gap="xs" p="sm" style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 8 }} data-testid="card-helper">
      <Text size="sm" fw={600}>
        {t('people.card.helperTitle')}
      </Text>
      <Group align="flex-end">
        <TextInput
          label={t('people.card.printed')}
          description={t('people.card.printedHelp')}
          value={value}
          onChange={(e) => setValue(e.currentTarget.value)}
          style={{ flex: 1 }}
        />
        {wiegand?.kind === 'card' ? (
          <Text size="sm" data-testid="wiegand-reading">
            {t('people.card.wiegand', { format: t(`people.card.wiegandFormat.${wiegand.format}`), facility: wiegand.facility, card: wiegand.card })}
          </Text>
        ) : (
          <div>
            <Input.Label component="div" id="card-base-label">
              {t('people.card.readAs')}
            </Input.Label>
            <SegmentedControl
              aria-labelledby="card-base-label"
              value={base}
              onChange={(v) => setChosen(v === 'hex' ? 'hex' : 'decimal')}
              data={[
                { value: 'decimal', label: t('people.card.format.decimal'), disabled: !bases.includes('decimal') },
                { value: 'hex', label: t('people.card.format.hex'), disabled: !bases.includes('hex') },
              ]}
            />
          </div>
        )}
      </Group>
      {value.trim() !== '' && !readings && (
        <Text size="sm" c="red" role="alert">
          {wiegand?.kind === 'outOfRange'
            ? t('people.card.wiegandOutOfRange', { facility: wiegand.facility, card: wiegand.card })
            : t('people.card.notANumber')}
        </Text>
      )}
      {readings && (
        <Table withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('people.card.format.label')}</Table.Th>
              <Table.Th>{t('people.card.number')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('people.card.use')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {CARD_FORMATS.map((format) => (
              <Table.Tr key={format}>
                <Table.Td>{t(`people.card.format.${format}`)}</Table.Td>
                <Table.Td ff="monospace">{readings[format]}</Table.Td>
                <Table.Td>
                  <Button
                    size="xs"
                    variant="light"
                    onClick={() => onUse(readings[format])}
                    aria-label={t('people.card.useAria', { number: readings[format], format: t(`people.card.format.${format}`) })}
                  >
                    {t('people.card.use')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  )
}
