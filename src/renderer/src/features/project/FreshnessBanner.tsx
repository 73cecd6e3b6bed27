import { Alert, Button, Text } from '@mantine/core'
import { IconCloudOff, IconClockExclamation, IconWifiOff } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { checkHealth } from '../../stores/project/actions'
import { useOpenConnection } from '../connections/connection-queries'
import { formatWhen } from '../../i18n/format'
import { useOpenScope, useOverview } from './project-queries'

/**
 * Tells apart "you are offline", "the cloud cannot be reached" and "status is stale", with the
 * age of what is shown. The first two are the connection's state, the one the sidebar and the
 * footer show; only staleness comes from the status checks. Nothing here spins: the views below
 * keep reading the cache.
 */
export function FreshnessBanner() {
  const { t, i18n } = useTranslation()
  const state = useOpenConnection()?.state
  const scope = useOpenScope()
  const view = useOverview(scope).data
  const [checking, setChecking] = useState(false)
  if (!view || !scope) return null
  const asOf = view.overview.sync.asOf
  const time = asOf === null ? '' : formatWhen(asOf, i18n.language)
  const check = async () => {
    setChecking(true)
    await checkHealth(scope)
    setChecking(false)
  }
  const checkButton = (
    <Button size="xs" variant="light" mt="xs" loading={checking} onClick={() => void check()}>
      {t('project.freshness.checkNow')}
    </Button>
  )
  if (state?.kind === 'offline') {
    return (
      <Alert color="orange" icon={<IconWifiOff size={18} aria-hidden />} title={t('project.freshness.offlineTitle')} data-testid="offline-banner" mb="md">
        <Text size="sm">{asOf === null ? t('project.freshness.offlineNever') : t('project.freshness.offlineText', { time })}</Text>
      </Alert>
    )
  }
  const f = view.freshness
  const lastCheckedAt = f.kind === 'fresh' ? f.checkedAt : f.lastCheckedAt
  if (state?.kind === 'unreachable') {
    return (
      <Alert color="orange" icon={<IconCloudOff size={18} aria-hidden />} title={t('project.freshness.unreachableTitle')} data-testid="offline-banner" mb="md">
        <Text size="sm">
          {t('project.freshness.unreachableText', {
            since: formatWhen(state.since, i18n.language),
            time: lastCheckedAt ? formatWhen(lastCheckedAt, i18n.language) : time,
          })}
        </Text>
        {checkButton}
      </Alert>
    )
  }
  // Checks that failed while the connection answers again: the statuses are simply old.
  if (f.kind !== 'fresh' && asOf !== null) {
    const text =
      f.kind === 'stale' && f.minutes !== null
        ? t('project.freshness.staleText', { minutes: f.minutes })
        : lastCheckedAt === null
          ? t('project.freshness.staleNever')
          : t('project.freshness.staleSince', { time: formatWhen(lastCheckedAt, i18n.language) })
    return (
      <Alert color="yellow" icon={<IconClockExclamation size={18} aria-hidden />} title={t('project.freshness.staleTitle')} data-testid="stale-banner" mb="md">
        <Text size="sm">{text}</Text>
        {checkButton}
      </Alert>
    )
  }
  return null
}
