import { List, Loader, Pagination, Stack, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSiteZone } from '../site-zone/site-zone-queries'
import { ErrorAlert } from '../../components/ErrorAlert'
import type { GroupsScope } from '../../stores/access-groups/store'
import { useGroupMembers } from './group-queries'
import { goneCount, memberName, memberNote, unnamedCount } from './member-text'

const PAGE = 50

/**
 * Who is in the group, honestly: the count the cloud reports, and by name the residents
 * Fieldkey added itself (the cloud lists no members), with when and from which computer.
 */
export function MembersPanel({ scope, id }: { readonly scope: GroupsScope; readonly id: string }) {
  const { t, i18n } = useTranslation()
  const [page, setPage] = useState(1)
  const read = useGroupMembers(scope, id, (page - 1) * PAGE, PAGE)
  const zone = useSiteZone(scope).data?.siteZone?.zone ?? 'UTC'
  const members = read.data
  const title = (
    <Title order={2} size="h4">
      {t('accessGroups.members.title')}
    </Title>
  )
  if (read.appError)
    return (
      <Stack gap="xs">
        {title}
        <ErrorAlert error={read.appError} onRetry={() => void read.refetch()} />
      </Stack>
    )
  if (!members)
    return (
      <Stack gap="xs">
        {title}
        <Loader size="sm" aria-label={t('accessGroups.members.loading')} />
      </Stack>
    )
  const cloud = t('accessGroups.members.users', { count: members.userCount })
  const { total } = members.known
  const others = unnamedCount(members.userCount, total, members.knownWaiting)
  const gone = goneCount(members.userCount, total, members.knownWaiting)
  const pages = Math.max(1, Math.ceil(total / PAGE))
  return (
    <Stack gap="xs" data-testid="group-members">
      {title}
      <Text size="sm">{total === 0 ? t('accessGroups.members.summaryNone', { cloud }) : t('accessGroups.members.summary', { cloud, count: total })}</Text>
      {total > 0 && (
        <List size="sm" spacing={4} aria-label={t('accessGroups.members.listLabel')}>
          {members.known.items.map((m) => (
            <List.Item key={m.accountId}>
              {t('accessGroups.members.line', {
                name: memberName(t, m),
                building: m.buildingName,
                residence: m.residenceNo,
                note: memberNote(t, m, i18n.language, zone),
              })}
            </List.Item>
          ))}
        </List>
      )}
      {total > 0 && others > 0 && (
        <Text size="sm" c="dimmed">
          {t('accessGroups.members.others', { count: others })}
        </Text>
      )}
      {gone > 0 && <Text size="sm">{t('accessGroups.members.gone', { count: gone })}</Text>}
      {pages > 1 && <Pagination total={pages} value={Math.min(page, pages)} onChange={setPage} size="sm" aria-label={t('accessGroups.members.pages')} />}
    </Stack>
  )
}
