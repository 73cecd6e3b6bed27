import type { ContextMenuParams, MenuItemConstructorOptions } from 'electron'

/**
 * What a right-click offers: cut/copy/paste/select all in a text field, Copy on selected text,
 * nothing elsewhere (null: no menu).
 */
export function contextMenuTemplate(params: Pick<ContextMenuParams, 'isEditable' | 'editFlags' | 'selectionText'>): MenuItemConstructorOptions[] | null {
  const flags = params.editFlags
  if (params.isEditable) {
    return [
      { role: 'cut', enabled: flags.canCut },
      { role: 'copy', enabled: flags.canCopy },
      { role: 'paste', enabled: flags.canPaste },
      { type: 'separator' },
      { role: 'selectAll', enabled: flags.canSelectAll },
    ]
  }
  if (params.selectionText.trim() !== '') return [{ role: 'copy', enabled: flags.canCopy }]
  return null
}
