import { Alert, Button, Group, Stack, Text } from '@mantine/core'
import { type ShiftPlan, comingChange, passedChange } from '@shared/access-groups/clock-shift'
import type { AccessGroupRow } from '@shared/domain/access-groups'
import type { SiteZone } from '@shared/domain/site-zone'
import { IconClockExclamation } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useButtonChange } from '../../components/use-button-change'
import type { GroupsScope } from '../../stores/access-groups/store'
import { settleClockChange } from '../site-zone/site-zone-mutations'
import { amountText, changeDate, opensLater } from './clock-words'
import { ShiftDialog } from './ShiftDialog'

interface Props {
  readonly scope: GroupsScope
  readonly site: SiteZone
  readonly groups: readonly AccessGroupRow[]
}

/**
 * The site's clock changes, for the groups they move: before a change, which groups will open
 * at other site times; after it, one reviewed step that shifts them back (or "they are right").
 */
export function ClockChangeNotice({ scope, site, groups }: Props) {
  const { t } = useTranslation()
  const [now] = useState(() => Date.now())
  // Groups shifted in this session: never offered twice while the step is unfinished.
  const [done, setDone] = useState<ReadonlySet<string>>(new Set())
  const [reviewing, setReviewing] = useState<ShiftPlan | null>(null)
  const passed = passedChange(groups, site, now, done)
  const coming = passed ? null : comingChange(groups, site.zone, now)
  const settle = useButtonChange((changeAt: number) => settleClockChange(scope, changeAt))
  const names = (list: readonly AccessGroupRow[]) => list.map((g) => g.name).join(t('accessGroups.words.separator'))
  return (
    <>
      {passed && (
        <Alert color="orange" icon={<IconClockExclamation aria-hidden />} data-testid="clock-change-passed">
          <Stack gap="xs">
            <Text size="sm">
              {t(opensLater(passed.change) ? 'accessGroups.clock.passedLater' : 'accessGroups.clock.passedEarlier', {
                count: passed.rows.length,
                date: changeDate(site.zone, passed.change),
                amount: amountText(t, passed.change),
                names: names(passed.rows.map((r) => r.group)),
              })}
            </Text>
            <Group gap="xs">
              <Button size="xs" onClick={() => setReviewing(passed)}>
                {t('accessGroups.clock.review')}
              </Button>
              <Button size="xs" variant="default" loading={settle.isPending} onClick={() => settle.run(passed.change.at)}>
                {t('accessGroups.clock.alreadyRight')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
      {coming && (
        <Alert color="blue" icon={<IconClockExclamation aria-hidden />} data-testid="clock-change-coming">
          <Text size="sm">
            {t(opensLater(coming.change) ? 'accessGroups.clock.comingLater' : 'accessGroups.clock.comingEarlier', {
              count: coming.groups.length,
              date: changeDate(site.zone, coming.change),
              amount: amountText(t, coming.change),
              names: names(coming.groups),
            })}
          </Text>
        </Alert>
      )}
      {reviewing && (
        <ShiftDialog zone={site.zone} plan={reviewing} now={now} onShifted={(id) => setDone((s) => new Set(s).add(id))} onClose={() => setReviewing(null)} />
      )}
    </>
  )
}
