import { Alert, Stack, Text } from '@mantine/core'
import { IconDatabaseExclamation, IconKeyOff } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useAppInfo } from '../app/app-queries'
import { KeychainHelp } from './KeychainHelp'

/**
 * Things the installer must know once per session, in the main area (not a transient toast):
 * secrets kept in memory only, and a damaged cache that was moved aside.
 */
export function StartupNotices() {
  const { t } = useTranslation()
  const info = useAppInfo().data
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set())
  if (!info) return null
  const dismiss = (key: string) => setDismissed(new Set([...dismissed, key]))
  const notices = [
    info.keychain.backend === 'memory' && !dismissed.has('keychain') && (
      <Alert
        key="keychain"
        data-testid="keychain-notice"
        color="orange"
        icon={<IconKeyOff size={18} aria-hidden />}
        title={t('keychain.memoryTitle')}
        withCloseButton
        closeButtonLabel={t('common.dismiss')}
        onClose={() => dismiss('keychain')}
      >
        <Stack gap={4}>
          <KeychainHelp keychain={info.keychain} platform={info.platform} />
        </Stack>
      </Alert>
    ),
    info.database.quarantined && !dismissed.has('database') && (
      <Alert
        key="database"
        color="red"
        icon={<IconDatabaseExclamation size={18} aria-hidden />}
        title={t('database.quarantinedTitle')}
        withCloseButton
        closeButtonLabel={t('common.dismiss')}
        onClose={() => dismiss('database')}
      >
        <Text size="sm">{t('database.quarantinedText', { path: info.database.quarantined.movedTo })}</Text>
      </Alert>
    ),
  ].filter(Boolean)
  return notices.length ? (
    <Stack gap="sm" mb="lg" maw={920}>
      {notices}
    </Stack>
  ) : null
}
