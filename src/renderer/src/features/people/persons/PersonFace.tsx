import { Alert, Badge, Group, Image, Loader, Paper, Stack, Text, Title } from '@mantine/core'
import type { FaceStatus } from '@shared/people/person-face'
import { IconUserCircle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { ErrorAlert } from '../../../components/ErrorAlert'
import { errorMessage } from '../../../lib/error-message'
import type { PeopleScope } from '../../../stores/people/store'
import { usePersonBiometrics } from '../people-queries'

const VERDICT_COLOUR = { passed: 'green', failed: 'red', notChecked: 'gray' } as const

function FaceWords({ face }: { readonly face: FaceStatus }) {
  const { t } = useTranslation()
  if (face.kind === 'none') return <Text data-testid="face-status">{t('people.face.none')}</Text>
  return (
    <Group gap="xs" data-testid="face-status">
      <Text>{t('people.face.enrolled')}</Text>
      <Badge color={VERDICT_COLOUR[face.verdict]} variant="light">
        {t(`people.face.verdict.${face.verdict}`)}
      </Badge>
      <Text c="dimmed" size="sm">
        {face.rating === null ? t('people.face.noRating') : t('people.face.rating', { rating: face.rating })}
      </Text>
    </Group>
  )
}

/** A person's face picture (read by main), its quality, and their biometrics, in words. */
export function PersonFace({ scope, personId, name }: { readonly scope: PeopleScope; readonly personId: string; readonly name: string }) {
  const { t, i18n } = useTranslation()
  const read = usePersonBiometrics(scope, personId)
  if (read.appError) return <ErrorAlert error={read.appError} onRetry={() => void read.refetch()} />
  if (!read.data) return <Loader aria-label={t('people.loading')} />
  const { face, picture, biometrics } = read.data
  const kinds = biometrics.kinds.map((k) => t(`people.biometric.${k}`))
  const list = new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(kinds)
  return (
    <Group align="flex-start" gap="xl" data-testid="person-face">
      <Paper withBorder w={176} h={176} p={4} radius="md">
        {picture.kind === 'shown' ? (
          <Image src={picture.dataUrl} alt={t('people.face.pictureOf', { name })} w={166} h={166} fit="contain" radius="sm" data-testid="face-picture" />
        ) : (
          <Stack align="center" justify="center" h="100%" gap={4}>
            <IconUserCircle size={56} stroke={1.2} aria-hidden color="var(--mantine-color-gray-5)" />
            <Text size="xs" c="dimmed" ta="center">
              {picture.kind === 'none' ? t('people.face.noPicture') : t('people.face.pictureUnavailable')}
            </Text>
          </Stack>
        )}
      </Paper>
      <Stack gap="sm" style={{ flex: 1 }}>
        <Title order={2} size="h4">
          {t('people.face.title')}
        </Title>
        <FaceWords face={face} />
        {face.kind === 'enrolled' && face.verdict === 'failed' && <Text size="sm">{t('people.face.failedHelp')}</Text>}
        {picture.kind === 'unavailable' && (
          <Alert color="yellow" role="status" data-testid="face-picture-error">
            {errorMessage(t, picture.error)}
          </Alert>
        )}
        <Title order={2} size="h4" mt="sm">
          {t('people.biometric.title')}
        </Title>
        <Text data-testid="biometrics">
          {kinds.length === 0 && biometrics.others === 0
            ? t('people.biometric.none')
            : [list, biometrics.others > 0 ? t('people.biometric.others', { count: biometrics.others }) : ''].filter(Boolean).join(' · ')}
        </Text>
      </Stack>
    </Group>
  )
}
