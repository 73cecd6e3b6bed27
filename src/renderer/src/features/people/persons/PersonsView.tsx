import { Loader, Stack, Tabs, Title } from '@mantine/core'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorAlert } from '../../../components/ErrorAlert'
import { enterPersons, showPeopleScreen } from '../../../stores/people/actions'
import { type PeopleScope, usePeopleStore } from '../../../stores/people/store'
import { usePersonsListing } from '../people-queries'
import { PersonDetail } from './PersonDetail'
import { PersonForm } from './PersonForm'
import { PersonsList } from './PersonsList'
import { RecycleBin } from './RecycleBin'

/** Tuya persons of the open project, and the recycle bin. */
export function PersonsView({ scope }: { readonly scope: PeopleScope }) {
  const { t } = useTranslation()
  const screen = usePeopleStore((s) => s.screen)
  const listing = usePersonsListing(scope)
  const personsListing = listing.data
  useEffect(() => enterPersons(scope), [scope])
  if (!personsListing)
    return listing.appError ? <ErrorAlert error={listing.appError} onRetry={() => void listing.refetch()} /> : <Loader aria-label={t('people.loading')} />
  if (screen.kind === 'personEdit')
    return screen.personId === null ? (
      <PersonForm key="new" scope={scope} personId={null} />
    ) : (
      <PersonDetail key={screen.personId} scope={scope} personId={screen.personId} created={screen.created === true} />
    )
  const tab = screen.kind === 'recycleBin' ? 'recycleBin' : 'persons'
  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        {t('people.persons.title')}
      </Title>
      {listing.appError && <ErrorAlert error={listing.appError} onRetry={() => void listing.refetch()} />}
      <Tabs value={tab} onChange={(v) => showPeopleScreen(v === 'recycleBin' ? { kind: 'recycleBin' } : { kind: 'persons' })} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="persons">{t('people.persons.tab', { count: personsListing.total })}</Tabs.Tab>
          <Tabs.Tab value="recycleBin" data-testid="recycle-tab">
            {t('people.recycle.tab', { count: personsListing.recycled })}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="persons" pt="md">
          <PersonsList scope={scope} />
        </Tabs.Panel>
        <Tabs.Panel value="recycleBin" pt="md">
          <RecycleBin scope={scope} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  )
}
