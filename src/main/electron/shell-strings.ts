import type { Language } from '@shared/i18n/languages'

/**
 * Main's own words: the native menu titles, the items that are not app commands, the roles
 * (Electron names them in English only), and the update question. The command names come
 * from `@shared/commands/locales`, like the page's.
 */
export interface ShellStrings {
  readonly menus: {
    readonly file: string
    readonly edit: string
    readonly view: string
    readonly project: string
    readonly window: string
    readonly help: string
  }
  readonly openDemo: string
  readonly openLogsFolder: string
  readonly copyDiagnostics: string
  readonly checkForUpdates: string
  /** Labels for Electron's roles; absent = Electron's own label (English, Title Case). */
  readonly roles: Readonly<Partial<Record<RoleName, string>>>
  readonly update: {
    readonly title: (version: string) => string
    readonly detail: (unsent: number) => string
    readonly download: string
    readonly later: string
  }
}

export type RoleName =
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'pasteAndMatchStyle'
  | 'delete'
  | 'selectAll'
  | 'reload'
  | 'toggleDevTools'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen'
  | 'minimize'
  | 'zoom'
  | 'close'
  | 'quit'
  | 'about'
  | 'front'

const en: ShellStrings = {
  menus: { file: '&File', edit: '&Edit', view: '&View', project: '&Project', window: '&Window', help: '&Help' },
  openDemo: 'Open demo site',
  openLogsFolder: 'Open logs folder',
  copyDiagnostics: 'Copy diagnostics',
  checkForUpdates: 'Check for updates…',
  // Electron's own labels are Title Case; ours are sentence case, like the rest of the app.
  roles: {
    pasteAndMatchStyle: 'Paste and match style',
    selectAll: 'Select all',
    toggleDevTools: 'Toggle developer tools',
    resetZoom: 'Actual size',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    togglefullscreen: 'Toggle full screen',
    close: 'Close window',
    front: 'Bring all to front',
  },
  update: {
    title: (version) => `Fieldkey ${version} is available`,
    detail: (unsent) =>
      `${unsent} change${unsent === 1 ? '' : 's'} in the outbox ${unsent === 1 ? 'has' : 'have'} not been sent yet. ` +
      'They are kept when Fieldkey restarts to install the update, but you may want to send them first.',
    download: 'Download Now',
    later: 'Later',
  },
}

// Windows and Linux convention for Chinese menus: the access key in brackets after the title.
const zhCN: ShellStrings = {
  menus: { file: '文件(&F)', edit: '编辑(&E)', view: '视图(&V)', project: '项目(&P)', window: '窗口(&W)', help: '帮助(&H)' },
  openDemo: '打开演示站点',
  openLogsFolder: '打开日志文件夹',
  copyDiagnostics: '复制诊断信息',
  checkForUpdates: '检查更新…',
  roles: {
    undo: '撤销',
    redo: '重做',
    cut: '剪切',
    copy: '复制',
    paste: '粘贴',
    pasteAndMatchStyle: '粘贴并匹配样式',
    delete: '删除',
    selectAll: '全选',
    reload: '重新加载',
    toggleDevTools: '开发者工具',
    resetZoom: '实际大小',
    zoomIn: '放大',
    zoomOut: '缩小',
    togglefullscreen: '全屏',
    minimize: '最小化',
    zoom: '缩放',
    close: '关闭',
    quit: '退出 Fieldkey',
    about: '关于 Fieldkey',
    front: '全部置于顶层',
  },
  update: {
    title: (version) => `Fieldkey ${version} 可以更新`,
    detail: (unsent) => `待发送中还有 ${unsent} 项更改尚未发送。重启安装更新时它们会保留，但您可能希望先发送它们。`,
    download: '立即下载',
    later: '稍后',
  },
}

export const SHELL_STRINGS: Readonly<Record<Language, ShellStrings>> = { en, 'zh-CN': zhCN }
