import { Loader, Stack, Text, Title } from '@mantine/core'
import { assertNever } from '@shared/util/assert-never'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorAlert } from '../../components/ErrorAlert'
import { followAccessGroups, loadGroups, openGroups } from '../../stores/access-groups/actions'
import { type GroupsScreen, type GroupsScope, useAccessGroupsStore } from '../../stores/access-groups/store'
import { useConnectionsStore } from '../../stores/connections/store'
import { useProjectStore } from '../../stores/project/store'
import { GroupDetail } from './GroupDetail'
import { GroupList } from './GroupList'
import { GroupWizard } from './wizard/GroupWizard'

/** The access groups of the open Akuvox project: list, detail, wizard, residents. */
export function AccessGroupsView() {
  const { t } = useTranslation()
  const scope = useProjectStore((s) => s.scope)
  const vendor = useConnectionsStore((s) => s.list.find((c) => c.id === scope?.connectionId)?.vendor)
  if (!scope) return <Empty text={t('accessGroups.noProject')} />
  if (vendor !== 'akuvox') return <Empty text={t('accessGroups.akuvoxOnly')} />
  return <Groups key={`${scope.connectionId}/${scope.projectId}`} scope={scope} />
}

function Empty({ text }: { readonly text: string }) {
  const { t } = useTranslation()
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('accessGroups.title')}
      </Title>
      <Text c="dimmed">{text}</Text>
    </Stack>
  )
}

function Groups({ scope }: { readonly scope: GroupsScope }) {
  const { t } = useTranslation()
  const { listing, error, screen } = useAccessGroupsStore()
  useEffect(() => {
    void openGroups(scope)
    return followAccessGroups()
  }, [scope])
  if (error && !listing) return <ErrorAlert error={error} onRetry={() => void loadGroups()} />
  if (!listing) return <Loader aria-label={t('accessGroups.loading')} />
  return (
    <Stack gap="md">
      {error && <ErrorAlert error={error} />}
      <Screen screen={screen} />
    </Stack>
  )
}

function Screen({ screen }: { readonly screen: GroupsScreen }) {
  const listing = useAccessGroupsStore((s) => s.listing)
  switch (screen.kind) {
    case 'list':
      return listing && <GroupList listing={listing} />
    case 'detail':
      return <GroupDetail key={screen.id} id={screen.id} />
    case 'create':
      return <GroupWizard id={null} />
    case 'edit':
      return <GroupWizard id={screen.id} />
    default:
      return assertNever(screen, 'screen')
  }
}
