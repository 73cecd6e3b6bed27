import { Alert, Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core'
import type { PreflightProblem, SendPreview } from '@shared/sends/types'
import { assertNever } from '@shared/util/assert-never'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import { credentialLabel } from '../../../i18n/labels'

function problemText(t: TFunction, p: PreflightProblem): string {
  switch (p.kind) {
    case 'offline':
    case 'nothingToSend':
    case 'running':
      return t(`sends.wizard.problems.${p.kind}`)
    case 'noCredential':
      return t('sends.wizard.problems.noCredential', { name: p.name })
    default:
      return assertNever(p, 'problem')
  }
}

/** Per channel: who gets which credentials, and the preflight problems. */
export function PreviewStep({ preview }: { readonly preview: SendPreview }) {
  const { t } = useTranslation()
  return (
    <Stack data-testid="preview-step">
      <Text fw={600}>
        {t('sends.wizard.previewSummary', {
          persons: t('sends.wizard.personCount', { count: preview.personCount }),
          channels: t('sends.wizard.channelCount', { count: preview.channels.length }),
          problems: t('sends.wizard.problemCount', { count: preview.problemCount }),
        })}
      </Text>
      {preview.channels.map((c) => (
        <Paper key={c.channelId} withBorder p="sm" data-testid="preview-channel">
          <Group justify="space-between">
            <Title order={3} size="h5">
              {t('sends.wizard.previewChannel', { name: c.name, device: c.deviceName })}
            </Title>
            <Badge variant="light">{t('sends.wizard.previewPersons', { count: c.persons.length })}</Badge>
          </Group>
          {c.problems.length > 0 && (
            <Alert color={c.online ? 'yellow' : 'red'} mt="xs" p="xs">
              <List size="sm">
                {c.problems.map((p, i) => (
                  <List.Item key={`${p.kind}-${i}`}>{problemText(t, p)}</List.Item>
                ))}
              </List>
            </Alert>
          )}
          <Group gap={6} mt="xs">
            {c.persons.map((p) => (
              <Badge key={p.personId} variant="outline" tt="none">
                {p.name}: {p.credentials.map((x) => credentialLabel(t, x)).join(' + ')}
              </Badge>
            ))}
          </Group>
        </Paper>
      ))}
    </Stack>
  )
}
