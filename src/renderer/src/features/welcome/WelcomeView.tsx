import { Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import type { Vendor } from '@shared/domain/connection'
import type { AppError } from '@shared/errors'
import { IconFlask, IconPlugConnected } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorAlert } from '../../components/ErrorAlert'
import { openDemo } from '../../stores/connections/actions'
import { openDialog } from '../../stores/ui/store'

/** First run (and whenever nothing is selected): a demo site in one click, or a real cloud. */
export function WelcomeView() {
  const { t } = useTranslation()
  const [opening, setOpening] = useState<Vendor | null>(null)
  const [error, setError] = useState<AppError | null>(null)
  const demo = async (vendor: Vendor) => {
    setOpening(vendor)
    setError(null)
    const result = await openDemo(vendor)
    setOpening(null)
    if (!result.ok) setError(result.error)
  }
  return (
    <Stack gap="lg" maw={920}>
      <div>
        <Title order={1} size="h2">
          {t('welcome.title')}
        </Title>
        <Text c="dimmed">{t('welcome.intro')}</Text>
      </div>
      {error && <ErrorAlert error={error} />}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Card withBorder padding="lg">
          <Stack gap="sm">
            <Group gap="xs">
              <IconFlask size={22} aria-hidden />
              <Title order={2} size="h4">
                {t('welcome.demoTitle')}
              </Title>
            </Group>
            <Text size="sm">{t('welcome.demoText')}</Text>
            <Stack gap="xs" mt="xs">
              <Button onClick={() => void demo('akuvox')} loading={opening === 'akuvox'} disabled={opening !== null}>
                {t('welcome.openAkuvoxDemo')}
              </Button>
              <Button onClick={() => void demo('tuya')} loading={opening === 'tuya'} disabled={opening !== null}>
                {t('welcome.openTuyaDemo')}
              </Button>
            </Stack>
          </Stack>
        </Card>
        <Card withBorder padding="lg">
          <Stack gap="sm">
            <Group gap="xs">
              <IconPlugConnected size={22} aria-hidden />
              <Title order={2} size="h4">
                {t('welcome.connectTitle')}
              </Title>
            </Group>
            <Text size="sm">{t('welcome.connectText')}</Text>
            <Stack gap="xs" mt="xs">
              <Button variant="default" onClick={() => openDialog({ kind: 'add', vendor: 'akuvox' })}>
                {t('welcome.addAkuvox')}
              </Button>
              <Button variant="default" onClick={() => openDialog({ kind: 'add', vendor: 'tuya' })}>
                {t('welcome.addTuya')}
              </Button>
            </Stack>
          </Stack>
        </Card>
      </SimpleGrid>
    </Stack>
  )
}
