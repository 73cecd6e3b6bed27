import { Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import type { Vendor } from '@shared/domain/connection'
import type { AppError } from '@shared/errors'
import { IconFlask, IconPlugConnected } from '@tabler/icons-react'
import { type ReactNode, useState } from 'react'
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
        <ChoiceCard icon={<IconFlask size={22} aria-hidden />} title={t('welcome.demoTitle')} text={t('welcome.demoText')}>
          <Button onClick={() => void demo('akuvox')} loading={opening === 'akuvox'} disabled={opening !== null}>
            {t('welcome.openAkuvoxDemo')}
          </Button>
          <Button onClick={() => void demo('tuya')} loading={opening === 'tuya'} disabled={opening !== null}>
            {t('welcome.openTuyaDemo')}
          </Button>
        </ChoiceCard>
        <ChoiceCard icon={<IconPlugConnected size={22} aria-hidden />} title={t('welcome.connectTitle')} text={t('welcome.connectText')}>
          <Button variant="default" onClick={() => openDialog({ kind: 'add', vendor: 'akuvox' })}>
            {t('welcome.addAkuvox')}
          </Button>
          <Button variant="default" onClick={() => openDialog({ kind: 'add', vendor: 'tuya' })}>
            {t('welcome.addTuya')}
          </Button>
        </ChoiceCard>
      </SimpleGrid>
    </Stack>
  )
}

function ChoiceCard(props: { readonly icon: ReactNode; readonly title: string; readonly text: string; readonly children: ReactNode }) {
  return (
    <Card withBorder padding="lg">
      <Stack gap="sm">
        <Group gap="xs">
          {props.icon}
          <Title order={2} size="h4">
            {props.title}
          </Title>
        </Group>
        <Text size="sm">{props.text}</Text>
        <Stack gap="xs" mt="xs">
          {props.children}
        </Stack>
      </Stack>
    </Card>
  )
}
