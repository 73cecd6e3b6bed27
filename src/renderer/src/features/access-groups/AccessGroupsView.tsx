import { Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'

/** The access groups of the open Akuvox project: list, detail, wizard, residents. */
export function AccessGroupsView() {
  const { t } = useTranslation()
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('accessGroups.title')}
      </Title>
      <Text c="dimmed">{t('accessGroups.noProject')}</Text>
    </Stack>
  )
}
