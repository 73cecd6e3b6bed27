import { Loader, Stack, Text, Title } from '@mantine/core'
import type { AccessGroupsListing } from '@shared/domain/access-groups'
import { assertNever } from '@shared/util/assert-never'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorAlert } from '../../components/ErrorAlert'
import { enterGroups } from '../../stores/access-groups/actions'
import { type GroupsScreen, type GroupsScope, useAccessGroupsStore } from '../../stores/access-groups/store'
import { useConnection } from '../connections/connection-queries'
import { useOpenScope } from '../project/project-queries'
import { GroupDetail } from './GroupDetail'
import { useGroups } from './group-queries'
import { GroupList } from './GroupList'
import { GroupWizard } from './wizard/GroupWizard'

/** The access groups of the open Akuvox project: list, detail, wizard, residents. */
export function AccessGroupsView() {
  const { t } = useTranslation()
  const scope = useOpenScope()
  const vendor = useConnection(scope?.connectionId)?.vendor
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
  const screen = useAccessGroupsStore((s) => s.screen)
  const groups = useGroups(scope)
  useEffect(() => enterGroups(scope), [scope])
  if (!groups.data)
    return groups.appError ? <ErrorAlert error={groups.appError} onRetry={() => void groups.refetch()} /> : <Loader aria-label={t('accessGroups.loading')} />
  return (
    <Stack gap="md">
      {groups.appError && <ErrorAlert error={groups.appError} onRetry={() => void groups.refetch()} />}
      <Screen screen={screen} scope={scope} listing={groups.data} />
    </Stack>
  )
}

function Screen({ screen, scope, listing }: { readonly screen: GroupsScreen; readonly scope: GroupsScope; readonly listing: AccessGroupsListing }) {
  switch (screen.kind) {
    case 'list':
      return <GroupList scope={scope} listing={listing} />
    case 'detail':
      return <GroupDetail key={screen.id} scope={scope} id={screen.id} />
    case 'create':
      return <GroupWizard scope={scope} id={null} />
    case 'edit':
      return <GroupWizard scope={scope} id={screen.id} />
    default:
      return assertNever(screen, 'screen')
  }
}
