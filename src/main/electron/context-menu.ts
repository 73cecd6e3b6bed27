import type { Language } from '@shared/i18n/languages'
import type { ContextMenuParams, MenuItemConstructorOptions } from 'electron'
import { roleItem } from './menu'

/**
 * What a right-click offers: cut/copy/paste/select all in a text field, Copy on selected text,
 * nothing elsewhere (null: no menu), in the installer's language.
 */
export function contextMenuTemplate(
  params: Pick<ContextMenuParams, 'isEditable' | 'editFlags' | 'selectionText'>,
  language: Language,
): MenuItemConstructorOptions[] | null {
  const flags = params.editFlags
  const role = (name: 'cut' | 'copy' | 'paste' | 'selectAll', enabled: boolean) => ({ ...roleItem(name, language), enabled })
  if (params.isEditable) {
    return [role('cut', flags.canCut), role('copy', flags.canCopy), role('paste', flags.canPaste), { type: 'separator' }, role('selectAll', flags.canSelectAll)]
  }
  if (params.selectionText.trim() !== '') return [role('copy', flags.canCopy)]
  return null
}
