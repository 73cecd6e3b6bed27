import { type KeyPlatform, shortcutLabel } from '@shared/commands/shortcut-format'
import type { MenuItemConstructorOptions } from 'electron'

/**
 * Electron's own labels and accelerators for the roles our menu uses (Linux/Windows), for a
 * picture of the menu template where no Electron binary can show the native menu.
 */
const ROLE_DEFAULTS: Readonly<Record<string, readonly [label: string, accelerator?: string]>> = {
  undo: ['Undo', 'CmdOrCtrl+Z'],
  redo: ['Redo', 'CmdOrCtrl+Shift+Z'],
  cut: ['Cut', 'CmdOrCtrl+X'],
  copy: ['Copy', 'CmdOrCtrl+C'],
  paste: ['Paste', 'CmdOrCtrl+V'],
  delete: ['Delete'],
  selectAll: ['Select All', 'CmdOrCtrl+A'],
  resetZoom: ['Actual Size', 'CmdOrCtrl+0'],
  zoomIn: ['Zoom In', 'CmdOrCtrl+Plus'],
  zoomOut: ['Zoom Out', 'CmdOrCtrl+-'],
  togglefullscreen: ['Toggle Full Screen', 'F11'],
  minimize: ['Minimize', 'CmdOrCtrl+M'],
  zoom: ['Zoom'],
  close: ['Close Window', 'CmdOrCtrl+W'],
  quit: ['Quit', 'CmdOrCtrl+Q'],
  about: ['About Fieldkey'],
  reload: ['Reload', 'CmdOrCtrl+R'],
  toggleDevTools: ['Toggle Developer Tools', 'CmdOrCtrl+Shift+I'],
}

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`)

/** `&File` → F underlined (the access key), `&&` → a literal &. */
function menuLabel(label: string): string {
  return label
    .split('&&')
    .map((part) => escape(part).replace(/&#38;(.)/, '<u>$1</u>'))
    .join('&amp;')
}

function item(entry: MenuItemConstructorOptions, platform: KeyPlatform): string {
  if (entry.type === 'separator') return '<li class="sep" role="separator"></li>'
  const [roleLabel, roleKey] = entry.role ? (ROLE_DEFAULTS[entry.role] ?? [entry.role]) : ['']
  const label = entry.label ?? roleLabel
  const accelerator = typeof entry.accelerator === 'string' ? entry.accelerator : roleKey
  const sub = entry.submenu ? '<span class="more">▸</span>' : ''
  return `<li role="menuitem"><span class="label">${menuLabel(label)}</span><span class="key">${accelerator ? escape(shortcutLabel(accelerator, platform)) : ''}${sub}</span></li>`
}

/** The whole template as an HTML page: the menu bar and every menu open side by side. */
export function menuPreviewHtml(template: readonly MenuItemConstructorOptions[], title: string, lang: string): string {
  const columns = template
    .map((menu) => {
      const entries = (menu.submenu ?? []) as MenuItemConstructorOptions[]
      return `<section><h2>${menuLabel(menu.label ?? '')}</h2><ul role="menu">${entries.map((e) => item(e, 'other')).join('')}</ul></section>`
    })
    .join('')
  return `<!doctype html><html lang="${lang}"><meta charset="utf-8"><title>${escape(title)}</title>
<style>
  body { margin: 0; font: 13px "Noto Sans", "Noto Sans CJK SC", sans-serif; background: #e9ecef; color: #212529; }
  header { padding: 8px 16px; font-size: 12px; color: #495057; }
  main { display: flex; gap: 12px; padding: 0 16px 16px; align-items: flex-start; }
  section { flex: none; background: #fff; border: 1px solid #ced4da; border-radius: 6px; box-shadow: 0 4px 12px rgb(0 0 0 / 12%); min-width: 180px; }
  h2 { margin: 0; padding: 6px 12px; font-size: 13px; font-weight: 600; background: #f1f3f5; border-bottom: 1px solid #dee2e6; border-radius: 6px 6px 0 0; }
  ul { list-style: none; margin: 0; padding: 4px 0; }
  li[role=menuitem] { display: flex; justify-content: space-between; gap: 24px; padding: 4px 12px; white-space: nowrap; }
  .key { color: #495057; }
  .more { margin-left: 8px; }
  .sep { border-top: 1px solid #dee2e6; margin: 4px 0; }
</style>
<header>${escape(title)}</header><main>${columns}</main></html>`
}
