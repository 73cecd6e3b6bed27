import { Paper, Stack, Text, Title } from '@mantine/core'
import type { SiteZoneView } from '@shared/domain/site-zone'
import { useTranslation } from 'react-i18next'
import type { ProjectScopeKey } from '../../query/keys'
import { SiteZoneForm } from './SiteZoneForm'

/** Asked once, where schedules need it, before any schedule is shown or typed. */
export function AskSiteZone({ scope, view }: { readonly scope: ProjectScopeKey; readonly view: SiteZoneView }) {
  const { t } = useTranslation()
  return (
    <Paper withBorder p="lg" maw={720} data-testid="ask-site-zone">
      <Stack gap="sm">
        <Title order={2} size="h3">
          {t('siteZone.ask.title')}
        </Title>
        <Text size="sm">{t('siteZone.ask.intro')}</Text>
        <SiteZoneForm scope={scope} view={view} withIntro={false} />
      </Stack>
    </Paper>
  )
}
