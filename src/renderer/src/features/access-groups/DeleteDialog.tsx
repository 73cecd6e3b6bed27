import { Button, Group, List, Loader, Modal, Stack, Text } from '@mantine/core'
import type { AccessGroupRow } from '@shared/domain/access-groups'
import { useTranslation } from 'react-i18next'
import { FormError } from '../../components/ChangeFeedback'
import { ErrorAlert } from '../../components/ErrorAlert'
import { useFormChange } from '../../components/use-form-change'
import { deleteGroups } from '../../stores/access-groups/actions'
import type { GroupsScope } from '../../stores/access-groups/store'
import { useFirstMembers, useGroupDetails } from './group-queries'
import { relayNames } from './doors-text'
import { memberName } from './member-text'
import type { GroupMembers } from '@shared/domain/group-members'
import type { TFunction } from 'i18next'

/** How many members of each group the confirmation names. */
const NAMED = 5

/** "Ana Li, Bo Ng and 2 more the cloud reports": the members Fieldkey added, and how many others the cloud counts. */
function whoLoses(t: TFunction, members: GroupMembers): string {
  const shown = members.known.items.slice(0, NAMED)
  if (shown.length === 0) return t('accessGroups.delete.nobodyNamed', { count: members.userCount })
  const names = shown.map((m) => memberName(t, m)).join(t('accessGroups.words.separator'))
  const landed = shown.filter((m) => !m.queued).length
  const more = Math.max(0, members.userCount - landed, members.known.total - shown.length)
  return more > 0 ? t('accessGroups.delete.namedMore', { names, count: more }) : t('accessGroups.delete.named', { names })
}

function WhoLoses({ members }: { readonly members: GroupMembers | undefined }) {
  const { t } = useTranslation()
  if (!members || (members.userCount === 0 && members.known.total === 0)) return null
  return (
    <Text size="sm" mt={4} data-testid="delete-members">
      {whoLoses(t, members)}
    </Text>
  )
}

/**
 * Confirms deleting one or several groups by naming what stops working: who loses access
 * (the users the cloud counts, by name those Fieldkey added) and which doors they will no longer open.
 */
export function DeleteDialog(props: { readonly scope: GroupsScope; readonly groups: readonly AccessGroupRow[]; readonly onClose: (deleted: boolean) => void }) {
  const { groups, onClose } = props
  const { t } = useTranslation()
  const read = useGroupDetails(
    props.scope,
    groups.map((g) => g.id),
  )
  const details = read.details
  const who = useFirstMembers(
    props.scope,
    groups.map((g) => g.id),
    NAMED,
  )
  const deleting = useFormChange(
    (_: null, intentKey) =>
      deleteGroups(
        groups.map((g) => g.id),
        intentKey,
      ),
    {
      onSaved: () => onClose(true),
      onQueued: () => onClose(true),
    },
  )
  const title =
    groups.length === 1 ? t('accessGroups.delete.titleOne', { name: groups[0]?.name }) : t('accessGroups.delete.titleMany', { count: groups.length })
  return (
    <Modal opened onClose={() => onClose(false)} title={title} size="lg">
      <Stack gap="sm" data-testid="delete-dialog">
        <Text size="sm">{t('accessGroups.delete.intro')}</Text>
        {read.appError && <ErrorAlert error={read.appError} onRetry={read.refetch} />}
        {!read.appError && who.appError && <ErrorAlert error={who.appError} onRetry={who.refetch} />}
        {details === null ? (
          !read.appError && <Loader size="sm" aria-label={t('accessGroups.loading')} />
        ) : (
          <List size="sm" spacing="xs">
            {details.map((d, i) => (
              <List.Item key={d.row.id}>
                <Text size="sm" fw={600}>
                  {t('accessGroups.delete.loses', { name: d.row.name, count: d.row.userCount })}
                </Text>
                {d.doors === null ? (
                  <Text size="sm" c="dimmed">
                    {t('accessGroups.delete.doorsUnknown')}
                  </Text>
                ) : (
                  <List size="sm" withPadding>
                    {d.doors.map((door) => (
                      <List.Item key={door.deviceId}>{t('accessGroups.delete.door', { device: door.name, relays: relayNames(t, door) })}</List.Item>
                    ))}
                  </List>
                )}
                <WhoLoses members={who.members?.[i]} />
              </List.Item>
            ))}
          </List>
        )}
        <Text size="sm" c="dimmed">
          {t('accessGroups.delete.offlineNote')}
        </Text>
        <FormError error={deleting.appError} />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => onClose(false)}>
            {t('accessGroups.cancel')}
          </Button>
          <Button color="red" loading={deleting.isPending} disabled={deleting.isPending} onClick={() => deleting.submit(null)}>
            {t('accessGroups.delete.confirm', { count: groups.length })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
