import { Button, Checkbox, Group, Text } from '@mantine/core'
import { SELECTION_MAX_IDS } from '@shared/people/bulk-delete'
import { useTranslation } from 'react-i18next'
import { type ListSelection, type SelectableRow, isPicked, nothing, pickedCount, setPicked } from './list-selection'

/**
 * Above a list: "Select all" (the rows shown), how many are selected, and — when the list's
 * query finds more than are shown — "Select all N", which main resolves from the query.
 */
export function SelectionBar<Q>(props: {
  readonly kind: 'staff' | 'persons'
  readonly selection: ListSelection<Q>
  /** What the list shows now: "all" means all of it. */
  readonly query: Q
  /** The query narrows the list (a search or a filter): the words say "matching". */
  readonly narrowed: boolean
  readonly total: number
  readonly shown: readonly SelectableRow[]
  readonly onChange: (next: ListSelection<Q>) => void
}) {
  const { t } = useTranslation()
  const { selection, total } = props
  const shown = props.shown.slice(0, SELECTION_MAX_IDS)
  const pickedShown = shown.filter((r) => isPicked(selection, r.id)).length
  const allShown = shown.length > 0 && pickedShown === shown.length
  const count = pickedCount(selection, total)
  const offerAll = selection.kind === 'some' && allShown && total > count
  const noun = (n: number) => t(`people.bulk.noun.${props.kind}`, { count: n })
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
            ? t(props.narrowed ? 'people.bulk.allMatchingSelected' : 'people.bulk.allSelected', { count, noun: noun(count) })
            : t('people.bulk.selected', { count })}
        </Text>
      )}
      {offerAll && (
        <Button size="compact-sm" variant="subtle" onClick={() => props.onChange({ kind: 'all', query: props.query, except: new Set() })}>
          {t(props.narrowed ? 'people.bulk.selectMatching' : 'people.bulk.selectAll', { count: total, noun: noun(total) })}
        </Button>
      )}
      {count > 0 && (
        <Button size="compact-sm" variant="subtle" color="gray" onClick={() => props.onChange(nothing())}>
          {t('people.bulk.clear')}
        </Button>
      )}
    </Group>
  )
}
