import type { Language } from '@shared/i18n/languages'
import { type BrowserWindow, dialog } from 'electron'
import { shellStrings } from '../shell-strings'

/** The question the updater asks while changes wait in the outbox; true = download now. */
export async function askToDownload(win: BrowserWindow, version: string, unsent: number, language: Language): Promise<boolean> {
  const words = shellStrings(language).update
  const { response } = await dialog.showMessageBox(win, {
    type: 'question',
    buttons: [words.download, words.later],
    defaultId: 1,
    cancelId: 1,
    message: words.title(version),
    detail: words.detail(unsent),
  })
  return response === 0
}
