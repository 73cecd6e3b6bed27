import { Text } from '@mantine/core'
import type { KeychainStatus, KeychainUnavailable } from '@shared/domain/app-info'
import { useTranslation } from 'react-i18next'

type MemoryKeychain = Extract<KeychainStatus, { backend: 'memory' }>

const WHY: Readonly<Record<KeychainUnavailable, string>> = {
  'module-missing': 'keychain.moduleMissing',
  'no-secret-service': 'keychain.noSecretService',
}

/** The fix for one cause on one platform (`process.platform` of the machine running Fieldkey). */
function keychainFixKey(cause: KeychainUnavailable, platform: string): string {
  const os = platform === 'darwin' || platform === 'win32' ? platform : 'linux'
  if (cause === 'module-missing') return `keychain.fixModule.${os}`
  return os === 'linux' ? 'keychain.fixService.linux' : 'keychain.fixService.other'
}

/** Why secrets stay in memory this session and what to do to get the keychain back. */
export function KeychainHelp({
  keychain,
  platform,
  size = 'sm',
}: {
  readonly keychain: MemoryKeychain
  readonly platform: string
  readonly size?: 'xs' | 'sm'
}) {
  const { t } = useTranslation()
  return (
    <>
      <Text size={size}>{t(WHY[keychain.cause])}</Text>
      <Text size={size}>{t(keychainFixKey(keychain.cause, platform))}</Text>
    </>
  )
}
