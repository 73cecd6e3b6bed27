import { Alert, Badge, Button, Code, Group, Loader, Modal, Paper, Stack, Table, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import type { ConnectionSummary } from '@shared/domain/connection'
import { IconCheck, IconFlask, IconLogout, IconPencil, IconPlugConnected, IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ConnectionStateBadge } from '../../components/ConnectionStateBadge'
import { ErrorAlert } from '../../components/ErrorAlert'
import { refreshQueries } from '../../query/app-client'
import { projectsKey } from '../../query/keys'
import { useResultMutation } from '../../query/use-result-mutation'
import { chooseProject, removeConnection, signOutConnection, testConnection } from '../../stores/connections/actions'
import { openProject } from '../../stores/project/actions'
import { sameScope, useProjectStore } from '../../stores/project/store'
import { openDialog } from '../../stores/ui/store'
import { useProjects, useSelectedConnection } from './connection-queries'
import { formatTime } from '../../i18n/format'
import { connectionName } from '../../i18n/labels'
import { RequestRateField } from './RequestRateField'

/** One connection: who it signs in as, its state, what can be done with it, and its projects. */
export function ConnectionView() {
  const connection = useSelectedConnection()
  if (!connection) return null
  return <ConnectionDetail key={connection.id} connection={connection} />
}

function ConnectionDetail({ connection }: { readonly connection: ConnectionSummary }) {
  const { t, i18n } = useTranslation()
  const [confirmRemove, setConfirmRemove] = useState(false)
  const action = useResultMutation((kind: 'test' | 'signOut') => (kind === 'test' ? testConnection(connection.id) : signOutConnection(connection.id)), {
    onDone: (summary, kind) => {
      if (kind === 'test' && summary.state.kind === 'signedIn') void refreshQueries(projectsKey(connection.id))
    },
  })
  const busy = action.isPending ? (action.variables ?? null) : null
  const actionError = action.appError
  const run = (kind: 'test' | 'signOut') => {
    if (!action.isPending) action.mutate(kind)
  }
  const account = connection.account
  const state = connection.state
  const checkedAt = 'at' in state ? formatTime(state.at, i18n.language) : null

  return (
    <Stack gap="lg" maw={920}>
      <Group justify="space-between" align="flex-start">
        <div>
          <Group gap="xs">
            <Title order={1} size="h2">
              {connectionName(t, connection)}
            </Title>
            {connection.isDemo && (
              <Badge variant="light" color="grape" leftSection={<IconFlask size={12} aria-hidden />}>
                {t('nav.demoBadge')}
              </Badge>
            )}
          </Group>
          <Text c="dimmed" size="sm">
            {t(`vendors.${connection.vendor}`)}
          </Text>
        </div>
        <Group gap="xs">
          <Button variant="light" leftSection={<IconPlugConnected size={16} aria-hidden />} loading={busy === 'test'} onClick={() => void run('test')}>
            {t('connection.test')}
          </Button>
          {!connection.isDemo && (
            <Button variant="default" leftSection={<IconPencil size={16} aria-hidden />} onClick={() => openDialog({ kind: 'edit', id: connection.id })}>
              {t('connection.edit')}
            </Button>
          )}
          <Button variant="default" leftSection={<IconLogout size={16} aria-hidden />} loading={busy === 'signOut'} onClick={() => void run('signOut')}>
            {t('connection.signOut')}
          </Button>
          <Button variant="outline" color="red" leftSection={<IconTrash size={16} aria-hidden />} onClick={() => setConfirmRemove(true)}>
            {t('connection.remove')}
          </Button>
        </Group>
      </Group>

      {connection.isDemo && (
        <Alert variant="light" color="grape" icon={<IconFlask size={18} aria-hidden />}>
          {t('connection.demoNote')}
        </Alert>
      )}
      {(state.kind === 'refused' || state.kind === 'unreachable') && <ErrorAlert error={state.error} onRetry={() => void run('test')} />}
      {actionError && <ErrorAlert error={actionError} />}

      <Paper withBorder p="md">
        <Table variant="vertical" layout="fixed">
          <Table.Tbody>
            <Table.Tr>
              <Table.Th w={200}>{t('connection.state')}</Table.Th>
              <Table.Td>
                <Group gap="md">
                  <ConnectionStateBadge state={state} size="sm" />
                  {checkedAt && (
                    <Text size="xs" c="dimmed">
                      {t('connection.checkedAt', { time: checkedAt })}
                    </Text>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{t('connection.server_label')}</Table.Th>
              <Table.Td>
                <Code>{connection.baseUrl}</Code>
              </Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{t('connection.account')}</Table.Th>
              <Table.Td>
                {account.vendor === 'akuvox'
                  ? `${account.username} · ${account.clientId}`
                  : `${account.accessId} · ${t('connection.projectId')} ${account.projectId}`}
              </Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </Paper>

      <RequestRateField connectionId={connection.id} />
      <Projects connection={connection} />
      <RemoveConnection connection={connection} opened={confirmRemove} onClose={() => setConfirmRemove(false)} />
    </Stack>
  )
}

function Projects({ connection }: { readonly connection: ConnectionSummary }) {
  const { t } = useTranslation()
  const projects = useProjects(connection.id)
  const openScope = useProjectStore((s) => s.scope)
  const choosingProject = useResultMutation(({ projectId }: { readonly projectId: string; readonly name: string }) => chooseProject(connection.id, projectId), {
    onDone: (_, { name }) => notifications.show({ color: 'green', message: t('connection.chosen', { project: name }) }),
  })
  const choosing = choosingProject.isPending ? (choosingProject.variables?.projectId ?? null) : null
  const error = choosingProject.appError
  const choose = (projectId: string, name: string) => {
    if (!choosingProject.isPending) choosingProject.mutate({ projectId, name })
  }
  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        {t('connection.projectsTitle')}
      </Title>
      {projects.isPending && !projects.appError && (
        <Group gap="xs">
          <Loader size="xs" />
          <Text size="sm">{t('connection.projectsLoading')}</Text>
        </Group>
      )}
      {projects.appError && <ErrorAlert error={projects.appError} onRetry={() => void projects.refetch()} />}
      {error && <ErrorAlert error={error} />}
      {projects.data?.length === 0 && <Text size="sm">{t('connection.noProjects')}</Text>}
      {projects.data && projects.data.length > 0 && (
        <Paper withBorder>
          <Table highlightOnHover data-testid="projects">
            <Table.Tbody>
              {projects.data.map((p) => {
                const current = sameScope(openScope, { connectionId: connection.id, projectId: p.id })
                return (
                  <Table.Tr key={p.id}>
                    <Table.Td>
                      <Text fw={current ? 700 : 400}>{p.name}</Text>
                      <Text size="xs" c="dimmed">
                        {p.id}
                      </Text>
                    </Table.Td>
                    <Table.Td w={240} ta="right">
                      {current ? (
                        <Group gap="xs" justify="flex-end" wrap="nowrap">
                          <IconCheck size={16} aria-hidden />
                          <Text size="sm">{t('connection.current')}</Text>
                          <Button
                            size="xs"
                            variant="light"
                            onClick={() => void openProject({ connectionId: connection.id, projectId: p.id })}
                            aria-label={`${t('connection.show')} ${p.name}`}
                          >
                            {t('connection.show')}
                          </Button>
                        </Group>
                      ) : (
                        <Button
                          size="xs"
                          variant="light"
                          loading={choosing === p.id}
                          onClick={() => void choose(p.id, p.name)}
                          aria-label={`${t('connection.open')} ${p.name}`}
                        >
                          {t('connection.open')}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                )
              })}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
    </Stack>
  )
}

function RemoveConnection({ connection, opened, onClose }: { readonly connection: ConnectionSummary; readonly opened: boolean; readonly onClose: () => void }) {
  const { t } = useTranslation()
  const removal = useResultMutation(() => removeConnection(connection.id), {
    onDone: () => {
      notifications.show({ message: t('connection.removed', { label: connectionName(t, connection) }) })
      onClose()
    },
  })
  const removing = removal.isPending
  const error = removal.appError
  const remove = () => {
    if (!removing) removal.mutate(undefined)
  }
  return (
    <Modal opened={opened} onClose={onClose} title={t('connection.removeTitle', { label: connectionName(t, connection) })}>
      <Stack>
        <Text size="sm">{t(connection.isDemo ? 'connection.removeDemoText' : 'connection.removeText')}</Text>
        {error && <ErrorAlert error={error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('connection.cancel')}
          </Button>
          <Button color="red" loading={removing} onClick={() => void remove()}>
            {t('connection.removeConfirm', { label: connectionName(t, connection) })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
