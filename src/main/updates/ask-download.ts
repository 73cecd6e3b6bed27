import { type BrowserWindow, dialog } from 'electron'

/** The question the updater asks while changes wait in the outbox; true = download now. */
export async function askToDownload(win: BrowserWindow, version: string, unsent: number): Promise<boolean> {
  const { response } = await dialog.showMessageBox(win, {
    type: 'question',
    buttons: ['Download Now', 'Later'],
    defaultId: 1,
    cancelId: 1,
    message: `Fieldkey ${version} is available`,
    detail:
      `${unsent} change${unsent === 1 ? '' : 's'} in the outbox ${unsent === 1 ? 'has' : 'have'} not been sent yet. ` +
      'They are kept when Fieldkey restarts to install the update, but you may want to send them first.',
  })
  return response === 0
}
