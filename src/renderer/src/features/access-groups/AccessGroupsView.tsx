import { Loader, Stack, Text, Title } from '@mantine/core'
import type { AccessGroupsListing } from '@shared/domain/access-groups'
import type { SiteZone } from '@shared/domain/site-zone'
import { assertNever } from '@shared/util/assert-never'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorAlert } from '../../components/ErrorAlert'
import { enterGroups } from '../../stores/access-groups/actions'
import { type GroupsScreen, type GroupsScope, useAccessGroupsStore } from '../../stores/access-groups/store'
import { useConnection } from '../connections/connection-queries'
import { useOpenScope } from '../project/project-queries'
import { AskSiteZone } from '../site-zone/AskSiteZone'
import { useSiteZone } from '../site-zone/site-zone-queries'
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
  const siteZone = useSiteZone(scope)
  useEffect(() => enterGroups(scope), [scope])
  // Schedules are in the site's time: without its zone none can be shown or typed, so it is asked first.
  if (!siteZone.data)
    return siteZone.appError ? (
      <ErrorAlert error={siteZone.appError} onRetry={() => void siteZone.refetch()} />
    ) : (
      <Loader aria-label={t('accessGroups.loading')} />
    )
  const site = siteZone.data.siteZone
  if (!site)
    return (
      <Stack gap="md">
        <Title order={1} size="h2">
          {t('accessGroups.title')}
        </Title>
        <AskSiteZone scope={scope} view={siteZone.data} />
      </Stack>
    )
  if (!groups.data)
    return groups.appError ? <ErrorAlert error={groups.appError} onRetry={() => void groups.refetch()} /> : <Loader aria-label={t('accessGroups.loading')} />
  return (
    <Stack gap="md">
      {groups.appError && <ErrorAlert error={groups.appError} onRetry={() => void groups.refetch()} />}
      <Screen screen={screen} scope={scope} listing={groups.data} site={site} />
    </Stack>
  )
}

interface ScreenProps {
  readonly screen: GroupsScreen
  readonly scope: GroupsScope
  readonly listing: AccessGroupsListing
  readonly site: SiteZone
}

function Screen({ screen, scope, listing, site }: ScreenProps) {
  switch (screen.kind) {
    case 'list':
      return <GroupList scope={scope} listing={listing} site={site} />
    case 'detail':
      return <GroupDetail key={screen.id} scope={scope} id={screen.id} zone={site.zone} />
    case 'create':
      return <GroupWizard scope={scope} id={null} zone={site.zone} />
    case 'edit':
      return <GroupWizard scope={scope} id={screen.id} zone={site.zone} />
    default:
      return assertNever(screen, 'screen')
  }
}
