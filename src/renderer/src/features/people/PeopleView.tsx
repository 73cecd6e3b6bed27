import { Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useConnection } from '../connections/connection-queries'
import { useOpenScope } from '../project/project-queries'
import { PersonsView } from './persons/PersonsView'
import { StaffView } from './staff/StaffView'

/** People of the open project: Akuvox staff access, or Tuya persons and their recycle bin. */
export function PeopleView() {
  const { t } = useTranslation()
  const scope = useOpenScope()
  const vendor = useConnection(scope?.connectionId)?.vendor
  if (!scope || !vendor) {
    return (
      <Stack>
        <Title order={1} size="h2">
          {t('people.title')}
        </Title>
        <Text c="dimmed">{t('people.noProject')}</Text>
      </Stack>
    )
  }
  const key = `${scope.connectionId}/${scope.projectId}`
  return vendor === 'akuvox' ? <StaffView key={key} scope={scope} /> : <PersonsView key={key} scope={scope} />
}
