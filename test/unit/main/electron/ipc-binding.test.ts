import { describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => ({ ipcMain: { handle: vi.fn(), removeHandler: vi.fn() } }))
const { isTrustedSender } = await import('../../../../src/main/electron/ipc-binding')

const mainFrame = { url: 'app://fieldkey/index.html' }

describe('IPC sender validation', () => {
  it('trusts only the main frame of our app:// origin', () => {
    expect(isTrustedSender({ senderFrame: mainFrame, sender: { mainFrame } } as never)).toBe(true)
  })

  it('refuses sub-frames, foreign origins, file:// and destroyed frames', () => {
    const sub = { url: 'app://fieldkey/index.html' }
    expect(isTrustedSender({ senderFrame: sub, sender: { mainFrame } } as never)).toBe(false)
    for (const url of ['https://evil.example/', 'file:///x/index.html', 'app://other/index.html']) {
      const frame = { url }
      expect(isTrustedSender({ senderFrame: frame, sender: { mainFrame: frame } } as never)).toBe(false)
    }
    expect(isTrustedSender({ senderFrame: null, sender: { mainFrame } } as never)).toBe(false)
  })
})
