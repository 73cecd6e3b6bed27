import { Alert, Group, Loader, Stack, Table, Text } from '@mantine/core'
import { IconCircleCheck, IconCircleMinus, IconCircleX, IconClock, IconHelpCircle } from '@tabler/icons-react'
import type { DoorCredentialState, DoorLastSend, PersonDoor } from '@shared/people/person-doors'
import type { GridCell, SendCredential } from '@shared/sends/types'
import { useTranslation } from 'react-i18next'
import { formatDate, formatDateTime } from '../../../i18n/format'
import { ErrorAlert } from '../../../components/ErrorAlert'
import { errorMessage } from '../../../lib/error-message'
import type { PeopleScope } from '../../../stores/people/store'
import { usePersonDoors } from '../people-queries'

// The words stay in the text colour (legible on every row); the icon carries the colour.
const CELL_COLOUR: Readonly<Record<GridCell, string>> = { succeeded: 'green', failed: 'red', pending: 'blue', notSent: 'gray', unknown: 'orange' }
const CELL_ICON: Readonly<Record<GridCell, typeof IconCircleCheck>> = {
  succeeded: IconCircleCheck,
  failed: IconCircleX,
  pending: IconClock,
  notSent: IconCircleMinus,
  unknown: IconHelpCircle,
}
const SENT: readonly SendCredential[] = ['card', 'password', 'face']

function Credential({ state }: { readonly state: DoorCredentialState }) {
  const { t } = useTranslation()
  if (state.held === 0 && state.allowed === 0) return <Text c="dimmed">{t('people.doors.noneHeld')}</Text>
  return (
    <Stack gap={2}>
      <Text size="sm">{t('people.doors.allowed', { count: state.held, allowed: state.allowed })}</Text>
      <Group gap={4} wrap="nowrap">
        {state.issue === 'sent' ? (
          <IconCircleCheck size={14} color="var(--mantine-color-green-7)" aria-hidden />
        ) : (
          <IconClock size={14} color="var(--mantine-color-orange-7)" aria-hidden />
        )}
        <Text size="xs">{t(`people.doors.issue.${state.issue}`)}</Text>
      </Group>
    </Stack>
  )
}

function LastSend({ send }: { readonly send: DoorLastSend | null }) {
  const { t, i18n } = useTranslation()
  if (!send) return <Text c="dimmed">{t('people.doors.neverSent')}</Text>
  return (
    <Stack gap={4}>
      <Text size="xs" c="dimmed">
        {t('people.doors.sentAt', { when: formatDateTime(send.startedAt, i18n.language) })}
      </Text>
      {SENT.map((c) => {
        const cell = send.cells[c]
        const Icon = CELL_ICON[cell]
        return (
          <Group gap={4} wrap="nowrap" key={c}>
            <Icon size={14} color={`var(--mantine-color-${CELL_COLOUR[cell]}-7)`} aria-hidden />
            <Text size="sm" data-testid={`last-send-${c}`} fw={cell === 'failed' ? 700 : 400}>
              {t('people.doors.cellLabel', { credential: t(`people.doors.credential.${c}`) })} {t(`people.doors.cell.${cell}`)}
            </Text>
          </Group>
        )
      })}
    </Stack>
  )
}

function DoorRow({ door }: { readonly door: PersonDoor }) {
  const { t, i18n } = useTranslation()
  const [card, face, fingerprint] = door.credentials
  return (
    <Table.Tr data-testid="door-row">
      <Table.Td>
        <Text fw={600}>{door.channelName}</Text>
        <Text size="xs" c="dimmed">
          {[door.deviceName, door.positionPath].filter(Boolean).join(' · ')}
        </Text>
      </Table.Td>
      <Table.Td>
        {door.validUntil === null ? t('people.doors.permanent') : t('people.doors.until', { when: formatDate(door.validUntil, i18n.language) })}
      </Table.Td>
      <Table.Td>{card && <Credential state={card} />}</Table.Td>
      <Table.Td>{face && <Credential state={face} />}</Table.Td>
      <Table.Td>{fingerprint && <Credential state={fingerprint} />}</Table.Td>
      <Table.Td>
        <LastSend send={door.lastSend} />
      </Table.Td>
    </Table.Tr>
  )
}

/** The doors a person's permissions open, each with what the latest send did with their credentials. */
export function PersonDoors({ scope, personId }: { readonly scope: PeopleScope; readonly personId: string }) {
  const { t, i18n } = useTranslation()
  const read = usePersonDoors(scope, personId)
  if (read.appError) return <ErrorAlert error={read.appError} onRetry={() => void read.refetch()} />
  if (!read.data) return <Loader aria-label={t('people.loading')} />
  const { doors, asOf, readError, more } = read.data
  const when = asOf === null ? null : formatDateTime(asOf, i18n.language)
  return (
    <Stack gap="sm" data-testid="person-doors">
      <Text size="sm" c="dimmed" data-testid="doors-as-of">
        {when === null ? t('people.doors.neverRead') : t('people.doors.asOf', { when })}
      </Text>
      {readError && (
        <Alert color="yellow" role="status" title={t('people.doors.cachedTitle')}>
          {errorMessage(t, readError)}
        </Alert>
      )}
      {more && <Text size="sm">{t('people.doors.more', { count: doors.length })}</Text>}
      {doors.length === 0 ? (
        <Text>{t('people.doors.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table striped verticalSpacing="xs" aria-label={t('people.doors.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('people.doors.door')}</Table.Th>
                <Table.Th>{t('people.doors.valid')}</Table.Th>
                <Table.Th>{t('people.doors.credential.card')}</Table.Th>
                <Table.Th>{t('people.doors.credential.face')}</Table.Th>
                <Table.Th>{t('people.doors.credential.fingerprint')}</Table.Th>
                <Table.Th>{t('people.doors.lastSend')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {doors.map((d) => (
                <DoorRow key={d.accessAuthId} door={d} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  )
}
