import { Badge, Button, Code, CopyButton, Group, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core'
import type { AppError } from '@shared/errors'
import type { AppInfo } from '@shared/domain/app-info'
import { IconCheck, IconCopy, IconPlugConnected } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorAlert } from '../../components/ErrorAlert'
import { KeychainHelp } from '../../components/KeychainHelp'
import { useAppInfo } from '../../app/app-queries'
import { pingCore } from '../../stores/app/actions'
import { useInstaller } from '../activity/activity-queries'
import { InstallerNameForm } from '../activity/InstallerNameForm'

/** About / Diagnostics: versions, runtime, data folder, keychain backend, a live round trip. */
export function DiagnosticsView() {
  const { t } = useTranslation()
  const query = useAppInfo()
  const info = query.data
  const infoError = query.appError

  return (
    <Stack gap="lg" maw={880}>
      <div>
        <Title order={1} size="h2">
          {t('diagnostics.title')}
        </Title>
        <Text c="dimmed" size="sm">
          {t('diagnostics.intro')}
        </Text>
      </div>
      {infoError && <ErrorAlert error={infoError} onRetry={() => void query.refetch()} />}
      {!info && !infoError && (
        <Group>
          <Loader size="sm" />
          <Text size="sm">{t('diagnostics.loading')}</Text>
        </Group>
      )}
      <InstallerSetting />
      {info && <InfoTable info={info} />}
      {info && <PingCheck />}
    </Stack>
  )
}

/** The installer's name, kept in settings (the form appears once it is read, so it starts with it). */
function InstallerSetting() {
  const installer = useInstaller()
  if (!installer.data) return null
  return (
    <Paper withBorder p="md">
      <InstallerNameForm current={installer.data.name} />
    </Paper>
  )
}

function InfoTable({ info }: { readonly info: AppInfo }) {
  const { t } = useTranslation()
  const rows: ReadonlyArray<readonly [string, React.ReactNode]> = [
    [t('diagnostics.version'), `${info.name} ${info.version}`],
    [t('diagnostics.runtime'), t(`status.runtime.${info.runtime}`)],
    [t('diagnostics.platform'), `${info.platform} ${info.arch}`],
    [t('diagnostics.dataDir'), <Code key="dir">{info.dataDir}</Code>],
    [t('diagnostics.keychain'), <Keychain key="kc" info={info} />],
    [t('diagnostics.node'), info.versions.node],
    [t('diagnostics.electron'), info.versions.electron ?? t('diagnostics.notElectron')],
    [t('diagnostics.chrome'), info.versions.chrome ?? t('diagnostics.notElectron')],
  ]
  const text = diagnosticsText(info)
  return (
    <Paper withBorder p="md">
      <Table variant="vertical" layout="fixed" data-testid="diagnostics-table">
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={220}>{label}</Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group mt="md">
        <CopyButton value={text}>
          {({ copied, copy }) => (
            <Button variant="default" leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />} onClick={copy}>
              {copied ? t('diagnostics.copied') : t('diagnostics.copy')}
            </Button>
          )}
        </CopyButton>
      </Group>
    </Paper>
  )
}

function Keychain({ info }: { readonly info: AppInfo }) {
  const { t } = useTranslation()
  if (info.keychain.backend === 'os-keychain') {
    return (
      <Badge color="green" variant="dot" data-testid="keychain">
        {t('diagnostics.keychainOs')}
      </Badge>
    )
  }
  return (
    <Stack gap={4}>
      <Badge color="orange" variant="dot" data-testid="keychain">
        {t('diagnostics.keychainMemory')}
      </Badge>
      <KeychainHelp keychain={info.keychain} platform={info.platform} size="xs" />
      <Text size="xs" c="dimmed">
        {t('diagnostics.keychainReason', { reason: info.keychain.reason })}
      </Text>
    </Stack>
  )
}

function PingCheck() {
  const { t } = useTranslation()
  const [state, setState] = useState<{ ms: number } | { error: AppError } | 'running' | null>(null)
  return (
    <Stack gap="xs" align="flex-start">
      <Button
        variant="light"
        leftSection={<IconPlugConnected size={16} aria-hidden />}
        loading={state === 'running'}
        onClick={async () => {
          setState('running')
          setState(await pingCore())
        }}
      >
        {t('diagnostics.ping')}
      </Button>
      {state !== null && state !== 'running' && 'ms' in state && (
        <Text size="sm" data-testid="ping-result">
          {t('diagnostics.pingResult', { ms: state.ms })}
        </Text>
      )}
      {state !== null && state !== 'running' && 'error' in state && <ErrorAlert error={state.error} />}
    </Stack>
  )
}

/** Plain text for support: the same facts as the table, no secrets (main sends none). */
function diagnosticsText(info: AppInfo): string {
  return [
    `${info.name} ${info.version} (${info.runtime})`,
    `platform: ${info.platform} ${info.arch}`,
    `data folder: ${info.dataDir}`,
    `keychain: ${info.keychain.backend}${info.keychain.backend === 'memory' ? ` (${info.keychain.reason})` : ''}`,
    `node ${info.versions.node}; electron ${info.versions.electron ?? '-'}; chromium ${info.versions.chrome ?? '-'}`,
  ].join('\n')
}
