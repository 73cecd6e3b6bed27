import { Group, Paper, Progress, ScrollArea, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { testedPercent } from '@shared/checklist/progress'
import type { BuildingProgress, ChecklistSummary } from '@shared/domain/checklist'
import { useTranslation } from 'react-i18next'
import { buildingText } from './door-text'

type Counts = Omit<BuildingProgress, 'buildingKey' | 'buildingName'>

function CountsLine({ label, counts, testId }: { readonly label: string; readonly counts: Counts; readonly testId: string }) {
  const { t } = useTranslation()
  const percent = testedPercent(counts)
  return (
    <Stack gap={4} data-testid={testId}>
      <Group gap="xs" wrap="nowrap" justify="space-between">
        <Text size="sm" fw={600} truncate>
          {label}
        </Text>
        <Group gap={6} wrap="nowrap">
          {counts.faults > 0 && (
            <Text size="xs" fw={700} c="red">
              {t('checklist.progress.faults', { count: counts.faults })}
            </Text>
          )}
          {counts.offline > 0 && (
            <Text size="xs" c="dimmed">
              {t('checklist.progress.offline', { count: counts.offline })}
            </Text>
          )}
        </Group>
      </Group>
      <Progress value={percent} color={counts.faults > 0 ? 'orange' : 'teal'} size="sm" aria-label={t('checklist.progress.percent', { percent })} />
    </Stack>
  )
}

/** "AB01: 14/16 doors tested" per building, with faults and offline doors, and the whole site. */
export function ProgressPanel({ summary }: { readonly summary: ChecklistSummary }) {
  const { t } = useTranslation()
  const { total } = summary
  return (
    <Paper withBorder p="sm" aria-labelledby="checklist-progress-title">
      <Stack gap="xs">
        <Title order={2} size="h5" id="checklist-progress-title">
          {t('checklist.progress.title')}
        </Title>
        <CountsLine testId="checklist-total" label={t('checklist.progress.total', { count: total.doors, tested: total.tested })} counts={total} />
        <ScrollArea.Autosize mah={132}>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" verticalSpacing="xs">
            {summary.buildings.map((b) => (
              <CountsLine
                key={b.buildingKey ?? ''}
                testId="checklist-building"
                label={t('checklist.progress.line', { building: buildingText(t, b), count: b.doors, tested: b.tested })}
                counts={b}
              />
            ))}
          </SimpleGrid>
        </ScrollArea.Autosize>
      </Stack>
    </Paper>
  )
}
