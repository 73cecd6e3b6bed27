import { Alert, Loader, Stack, Table, Text } from '@mantine/core'
import type { DoorCredentialState, DoorLastSend, PersonDoor } from '@shared/people/person-doors'
import type { GridCell, SendCredential } from '@shared/sends/types'
import { useTranslation } from 'react-i18next'
import { ErrorAlert } from '../../../components/ErrorAlert'
import { errorMessage } from '../../../lib/error-message'
import type { PeopleScope } from '../../../stores/people/store'
import { usePersonDoors } from '../people-queries'

const CELL_COLOUR: Readonly<Record<GridCell, string>> = { succeeded: 'green.8', failed: 'red.8', pending: 'blue.8', notSent: 'dimmed', unknown: 'orange.9' }
const SENT: readonly SendCredential[] = ['card', 'password', 'face']

function Credential({ state }: { readonly state: DoorCredentialState }) {
  const { t } = useTranslation()
  if (state.held === 0 && state.allowed === 0) return <Text c="dimmed">{t('people.doors.noneHeld')}</Text>
  return (
    <Stack gap={2}>
      <Text size="sm">{t('people.doors.allowed', { count: state.held, allowed: state.allowed })}</Text>
      <Text size="xs" fw={600} c={state.issue === 'sent' ? 'green.8' : 'orange.9'}>
        {t(`people.doors.issue.${state.issue}`)}
      </Text>
    </Stack>
  )
}

function LastSend({ send }: { readonly send: DoorLastSend | null }) {
  const { t, i18n } = useTranslation()
  if (!send) return <Text c="dimmed">{t('people.doors.neverSent')}</Text>
  return (
    <Stack gap={4}>
      <Text size="xs" c="dimmed">
        {t('people.doors.sentAt', { when: new Date(send.startedAt).toLocaleString(i18n.language) })}
      </Text>
      {SENT.map((c) => (
        <Text size="sm" key={c} data-testid={`last-send-${c}`}>
          {t('people.doors.cellLabel', { credential: t(`people.doors.credential.${c}`) })}{' '}
          <Text span c={CELL_COLOUR[send.cells[c]]} fw={send.cells[c] === 'failed' ? 700 : 500}>
            {t(`people.doors.cell.${send.cells[c]}`)}
          </Text>
        </Text>
      ))}
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
        {door.validUntil === null
          ? t('people.doors.permanent')
          : t('people.doors.until', { when: new Date(door.validUntil).toLocaleDateString(i18n.language) })}
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
  const when = asOf === null ? null : new Date(asOf).toLocaleString(i18n.language)
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
