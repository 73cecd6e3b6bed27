import { List, Text } from '@mantine/core'
import type { ScheduleNote } from '@shared/schedule'
import { useTranslation } from 'react-i18next'
import { noteText } from './schedule-text'

/** What the UTC conversion did, in sentences: day shifts, midnight, clock changes. */
export function ScheduleNotes({ notes }: { readonly notes: readonly ScheduleNote[] }) {
  const { t } = useTranslation()
  if (notes.length === 0) return null
  return (
    <List size="sm" spacing={4} data-testid="schedule-notes" aria-label={t('accessGroups.notes.label')}>
      {notes.map((n, i) => (
        <List.Item key={`${n.kind}-${i}`}>
          <Text size="sm" c={n.kind === 'storedAsUtc' ? 'dimmed' : undefined}>
            {noteText(t, n)}
          </Text>
        </List.Item>
      ))}
    </List>
  )
}
