import { Loader, Stack } from '@mantine/core'
import { assertNever } from '@shared/util/assert-never'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorAlert } from '../../../components/ErrorAlert'
import { enterStaff } from '../../../stores/people/actions'
import { type PeopleScope, type PeopleScreen, usePeopleStore } from '../../../stores/people/store'
import { ImportWizard } from '../import/ImportWizard'
import { useStaffListing } from '../people-queries'
import { UrlImport } from '../import/UrlImport'
import { StaffEditor } from './StaffEditor'
import { StaffList } from './StaffList'

/** Akuvox staff access of the open project: list, editor, CSV import, import by URL. */
export function StaffView({ scope }: { readonly scope: PeopleScope }) {
  const { t } = useTranslation()
  const screen = usePeopleStore((s) => s.screen)
  // Only the count and the outbox gate the list: every staff's credentials (the editor's and the
  // import's checks, read a page at a time: minutes for 100,000 staff) are read by those screens.
  const listing = useStaffListing(scope)
  useEffect(() => enterStaff(scope), [scope])
  const retry = () => void listing.refetch()
  if (!listing.data) return listing.appError ? <ErrorAlert error={listing.appError} onRetry={retry} /> : <Loader aria-label={t('people.loading')} />
  return (
    <Stack gap="md">
      {listing.appError && <ErrorAlert error={listing.appError} onRetry={retry} />}
      <Screen screen={screen} scope={scope} />
    </Stack>
  )
}

function Screen({ screen, scope }: { readonly screen: PeopleScreen; readonly scope: PeopleScope }) {
  switch (screen.kind) {
    case 'staffList':
    case 'persons':
    case 'personEdit':
    case 'recycleBin':
      return <StaffList scope={scope} />
    case 'staffEdit':
      return (
        <StaffEditor
          key={screen.staffAccessId ?? screen.queued?.intentKey ?? 'new'}
          scope={scope}
          staffAccessId={screen.staffAccessId}
          created={screen.created === true}
          queued={screen.queued ?? null}
        />
      )
    case 'import':
      return <ImportWizard scope={scope} />
    case 'urlImport':
      return <UrlImport scope={scope} />
    default:
      return assertNever(screen, 'screen')
  }
}
