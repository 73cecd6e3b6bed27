import { Alert, Button, Group, Loader, Modal, SimpleGrid, Text } from '@mantine/core'
import type { TuyaAccessAuth } from '@shared/domain/tuya'
import { useTranslation } from 'react-i18next'
import { ErrorAlert } from '../../components/ErrorAlert'
import { usePermission, useSendsScope } from './sends-queries'
import { formatDateTime } from '../../i18n/format'
import { issueStatusLabel } from '../../i18n/labels'

function Field({ label, value }: { readonly label: string; readonly value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{value || '—'}</Text>
    </div>
  )
}

/** One permission: the cloud's detail when reachable, else the cached row. */
export function PermissionDetail({ auth, onClose, onPerson }: { readonly auth: TuyaAccessAuth; readonly onClose: () => void; readonly onPerson: () => void }) {
  const { t, i18n } = useTranslation()
  const read = usePermission(useSendsScope(), auth.accessAuthId)
  const view = read.data
  const d = view?.detail
  const date = (ms: number) => formatDateTime(ms, i18n.language)
  return (
    <Modal opened onClose={onClose} title={t('sends.permissions.detailTitle', { name: auth.name })} size="lg">
      {read.appError && <ErrorAlert error={read.appError} onRetry={() => void read.refetch()} />}
      {!view && !read.appError && <Loader size="sm" aria-label={t('sends.loading')} />}
      {view && !d && <Alert color="yellow">{t('sends.permissions.detailOffline')}</Alert>}
      <SimpleGrid cols={2} mt="sm" data-testid="permission-detail">
        <Field label={t('sends.permissions.code')} value={auth.personCode} />
        <Field label={t('sends.permissions.mobile')} value={`${auth.mobileCountry} ${auth.mobile}`} />
        <Field
          label={t('sends.permissions.channel')}
          value={`${auth.accessControlChannelName} · ${auth.businessDeviceName} · ${auth.accessChannelPositionPath}`}
        />
        <Field label={t('sends.permissions.timeRange')} value={auth.accessAuthTimeRangeStr} />
        <Field label={t('sends.permissions.valid')} value={`${date(auth.authStartTime)} – ${date(auth.authEndTime)}`} />
        <Field label={t('sends.permissions.organisations')} value={d?.structureNames.join(', ') ?? ''} />
        <Field label={t('sends.permissions.source')} value={d?.authSourceStr ?? ''} />
        <Field label={t('sends.permissions.created')} value={d ? date(d.authCreateTime) : ''} />
        <Field
          label={t('sends.permissions.card')}
          value={`${issueStatusLabel(t, auth.cardIssueStatus)} · ${t('sends.permissions.counts', { auth: auth.authCardNum, total: auth.totalCardNum })}`}
        />
        <Field
          label={t('sends.permissions.face')}
          value={`${issueStatusLabel(t, auth.faceIssueStatus)} · ${t('sends.permissions.counts', { auth: auth.authFaceNum, total: auth.totalFaceNum })}`}
        />
        <Field
          label={t('sends.permissions.fingerprint')}
          value={`${issueStatusLabel(t, auth.fingerprintIssueStatus)} · ${t('sends.permissions.counts', { auth: auth.authFingerprintNum, total: auth.totalFingerprintNum })}`}
        />
      </SimpleGrid>
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={onPerson}>
          {t('sends.permissions.byPerson', { name: auth.name })}
        </Button>
        <Button onClick={onClose}>{t('sends.permissions.close')}</Button>
      </Group>
    </Modal>
  )
}
