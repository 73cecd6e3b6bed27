import type { appInvokes } from '@shared/ipc/channels/app'
import type { createAppService } from '../../services/app-service'
import type { NetworkMonitor } from '../../services/network-monitor'
import type { UiLanguage } from '../../services/ui-language'
import type { InstallerName } from '../../services/activity/installer-name'
import type { Handlers } from '../router'

export function appHandlers(
  app: ReturnType<typeof createAppService>,
  network: NetworkMonitor,
  language: UiLanguage,
  installer: InstallerName,
): Pick<Handlers, keyof typeof appInvokes> {
  return {
    'app:info': () => app.info(),
    'app:ping': ({ message }) => app.ping(message),
    'network:status': () => network.check(),
    'app:setLanguage': ({ language: chosen }) => language.set(chosen),
    'app:installer': () => ({ name: installer.get() }),
    'app:setInstaller': ({ name }) => installer.set(name),
  }
}
