import { Button, Modal } from '@mantine/core'
import { offsetMinutes } from '@shared/schedule'
import { IconClock } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ProjectScopeKey } from '../../query/keys'
import { useOpenScope } from '../project/project-queries'
import { SiteZoneForm } from './SiteZoneForm'
import { useSiteZone } from './site-zone-queries'
import { offsetText } from './zone-text'

/** The open project's site time at a glance, in the header; a click opens the zone picker. */
export function SiteTimeButton() {
  const scope = useOpenScope()
  return scope ? <SiteTime key={`${scope.connectionId}/${scope.projectId}`} scope={scope} /> : null
}

function SiteTime({ scope }: { readonly scope: ProjectScopeKey }) {
  const { t } = useTranslation()
  const query = useSiteZone(scope)
  const [open, setOpen] = useState(false)
  const [now] = useState(() => Date.now())
  const view = query.data
  if (!view) return null
  const zone = view.siteZone?.zone
  return (
    <>
      <Button
        variant={zone ? 'subtle' : 'light'}
        color={zone ? 'gray' : 'orange'}
        size="compact-sm"
        leftSection={<IconClock size={16} aria-hidden />}
        onClick={() => setOpen(true)}
        data-testid="site-time"
      >
        {zone ? t('siteZone.header', { zone, offset: offsetText(offsetMinutes(zone, now)) }) : t('siteZone.headerUnset')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('siteZone.picker.title')} size="lg">
        {open && <SiteZoneForm scope={scope} view={view} onDone={() => setOpen(false)} />}
      </Modal>
    </>
  )
}
