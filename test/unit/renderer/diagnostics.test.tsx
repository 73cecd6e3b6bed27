import type { AppInfo } from '@shared/domain/app-info'
import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { type Answers, installApi, renderUi } from './render'

const info: AppInfo = {
  name: 'Fieldkey',
  version: '1.2.3',
  runtime: 'headless',
  platform: 'linux',
  arch: 'x64',
  dataDir: '/home/installer/.config/Fieldkey',
  keychain: { backend: 'memory', cause: 'no-secret-service', reason: 'Cannot autolaunch D-Bus without X11 $DISPLAY' },
  database: { path: '/home/installer/.config/Fieldkey/fieldkey.db', quarantined: null },
  versions: { node: '24.21.0', electron: null, chrome: null },
}

let infoCalls = 0
let keychain: AppInfo['keychain'] = info.keychain
let platform = info.platform
const answers: Answers = {
  'app:info': () => {
    infoCalls++
    return infoCalls === 1
      ? { ok: false, error: { code: 'unavailable', messageKey: 'errors.coreUnavailable', retryable: true } }
      : { ok: true, value: { ...info, keychain, platform } }
  },
  'app:ping': (input) => ({ ok: true, value: { message: input.message, receivedAt: 1, runtime: 'headless' } }),
  'network:status': () => ({ ok: true, value: { online: true, since: 0 } }),
  'connections:list': () => ({ ok: true, value: [] }),
}

const bridge = installApi(answers)
const { App } = await import('../../../src/renderer/src/app/App')
const { showSection } = await import('../../../src/renderer/src/stores/ui/store')

describe('the shell and the diagnostics view', () => {
  beforeEach(() => {
    infoCalls = 0
    keychain = info.keychain
    platform = info.platform
    showSection('diagnostics')
  })

  it('says what went wrong and what to do when the core does not answer, and recovers on retry', async () => {
    await renderUi(<App />)
    expect(await screen.findByRole('alert')).toHaveTextContent('restart it with npm start')
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }))
    expect(await screen.findByText('/home/installer/.config/Fieldkey')).toBeInTheDocument()
  })

  it('shows versions, runtime and the memory-only keychain warning with what to install', async () => {
    infoCalls = 1
    await renderUi(<App />)
    expect(await screen.findByText('Fieldkey 1.2.3')).toBeInTheDocument()
    expect(screen.getByTestId('keychain')).toHaveTextContent('Memory only')
    expect(screen.getByText('What Fieldkey saw: Cannot autolaunch D-Bus without X11 $DISPLAY')).toBeInTheDocument()
    // Said once at the top of every screen until dismissed, not only on this page.
    const notice = screen.getByTestId('keychain-notice')
    expect(notice).toHaveTextContent('Secrets will not be saved')
    expect(notice).toHaveTextContent('No keychain answered')
    expect(notice).toHaveTextContent('install and unlock GNOME Keyring or KWallet')
    expect(notice).not.toHaveTextContent('npm rebuild keytar')
    expect(screen.getByTestId('runtime')).toHaveTextContent('Browser host · 1.2.3')
  })

  it('when keytar is not installed, says so and how to build it, in the banner and the diagnostics', async () => {
    infoCalls = 1
    keychain = { backend: 'memory', cause: 'module-missing', reason: 'keytar not installed' }
    await renderUi(<App />)
    const notice = await screen.findByTestId('keychain-notice')
    expect(notice).toHaveTextContent("Fieldkey's keychain module (keytar) is not installed")
    expect(notice).toHaveTextContent('on Debian or Ubuntu install libsecret-1-dev')
    expect(notice).toHaveTextContent('on Fedora install libsecret-devel')
    expect(notice).toHaveTextContent('then run npm rebuild keytar in the Fieldkey folder')
    expect(notice).not.toHaveTextContent('GNOME Keyring')
    const row = screen.getByTestId('keychain').closest('td')
    expect(row).toHaveTextContent('What Fieldkey saw: keytar not installed')
    expect(row).toHaveTextContent('npm rebuild keytar')
  })

  it('names the build tools of the platform Fieldkey runs on', async () => {
    infoCalls = 1
    keychain = { backend: 'memory', cause: 'module-missing', reason: 'keytar not installed' }
    platform = 'win32'
    await renderUi(<App />)
    expect(await screen.findByTestId('keychain-notice')).toHaveTextContent('Visual Studio Build Tools')
  })

  it('says it in Simplified Chinese too', async () => {
    infoCalls = 1
    keychain = { backend: 'memory', cause: 'module-missing', reason: 'keytar not installed' }
    await renderUi(<App />, 'zh-CN')
    const notice = await screen.findByTestId('keychain-notice')
    expect(notice).toHaveTextContent('机密不会被保存')
    expect(notice).toHaveTextContent('钥匙串模块（keytar）未安装')
    expect(notice).toHaveTextContent('npm rebuild keytar')
  })

  it('round-trips a ping through the API and reports the time', async () => {
    infoCalls = 1
    await renderUi(<App />)
    await userEvent.click(await screen.findByRole('button', { name: 'Check the connection to the core' }))
    expect(await screen.findByTestId('ping-result')).toHaveTextContent(/Answered in \d+ ms/)
  })

  it('renders in Simplified Chinese', async () => {
    infoCalls = 1
    await renderUi(<App />, 'zh-CN')
    expect(await screen.findByRole('heading', { name: '关于与诊断' })).toBeInTheDocument()
    expect(await screen.findByTestId('keychain')).toHaveTextContent('仅内存')
  })
})

describe('the status bar', () => {
  it('follows network:changed events and says offline in words, not colour alone', async () => {
    infoCalls = 1
    await renderUi(<App />)
    await waitFor(() => expect(screen.getByTestId('network-status')).toHaveTextContent('Online'))
    bridge.emit('network:changed', { online: false, since: Date.parse('2026-11-23T09:15:00') })
    await waitFor(() => expect(screen.getByTestId('network-status')).toHaveTextContent(/Offline since 09:15/))
  })
})
