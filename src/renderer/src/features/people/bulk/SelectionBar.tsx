import { Button, Checkbox, Group, Text } from '@mantine/core'
import { SELECTION_MAX_IDS } from '@shared/people/bulk-delete'
import { useTranslation } from 'react-i18next'
import { type ListSelection, NOTHING, type SelectableRow, isPicked, pickedCount, setPicked } from './list-selection'

/**
 * Above the list: "Select all" (the rows shown), how many are selected, and — when the search
 * finds more than are shown — "Select all N matching", which main resolves from the search.
 */
export function SelectionBar(props: {
  readonly selection: ListSelection
  readonly search: string
  readonly total: number
  readonly shown: readonly SelectableRow[]
  readonly onChange: (next: ListSelection) => void
}) {
  const { t } = useTranslation()
  const { selection, total } = props
  const shown = props.shown.slice(0, SELECTION_MAX_IDS)
  const pickedShown = shown.filter((r) => isPicked(selection, r.id)).length
  const allShown = shown.length > 0 && pickedShown === shown.length
  const count = pickedCount(selection, total)
  const offerAll = selection.kind === 'some' && allShown && total > count
  return (
    <Group gap="sm" px="sm" mih={32} data-testid="selection-bar">
      <Checkbox
        label={t('people.bulk.selectShown')}
        checked={allShown}
        indeterminate={pickedShown > 0 && !allShown}
        disabled={shown.length === 0}
        onChange={() => props.onChange(setPicked(selection, shown, !allShown))}
      />
      {count > 0 && (
        <Text size="sm" aria-live="polite" data-testid="selection-count">
          {selection.kind === 'all' && selection.except.size === 0
            ? t(props.search ? 'people.bulk.allMatchingSelected' : 'people.bulk.allSelected', { count })
            : t('people.bulk.selected', { count })}
        </Text>
      )}
      {offerAll && (
        <Button size="compact-sm" variant="subtle" onClick={() => props.onChange({ kind: 'all', search: props.search, except: new Set() })}>
          {t(props.search ? 'people.bulk.selectMatching' : 'people.bulk.selectAll', { count: total })}
        </Button>
      )}
      {count > 0 && (
        <Button size="compact-sm" variant="subtle" color="gray" onClick={() => props.onChange(NOTHING)}>
          {t('people.bulk.clear')}
        </Button>
      )}
    </Group>
  )
}
