import { describe, expect, it, vi } from 'vitest'
import { type PaletteContext, paletteEntries } from '../../../src/renderer/src/features/command-palette/palette-entries'
import { keyPlatform } from '../../../src/renderer/src/features/command-palette/platform'

const dictionary: Record<string, Record<string, string>> = {
  en: { 'commands.go.home': 'Start', 'commands.go.diagnostics': 'About', 'palette.connection': 'Open {{label}}', 'palette.language': 'Language: {{label}}' },
  zh: { 'commands.go.home': '开始', 'commands.go.diagnostics': '关于', 'palette.connection': '打开 {{label}}', 'palette.language': '语言：{{label}}' },
}
const translator = (lang: string) => (key: string, params?: Readonly<Record<string, string>>) =>
  (dictionary[lang]?.[key] ?? key).replace(/\{\{(\w+)\}\}/g, (_m, name: string) => params?.[name] ?? '')

function context(overrides: Partial<PaletteContext> = {}): PaletteContext {
  return {
    translators: [translator('en'), translator('zh')],
    platform: 'other',
    connections: [{ id: 'c1', label: 'Site A', vendor: 'tuya', isDemo: false }],
    project: null,
    colorScheme: 'dark',
    language: 'en',
    languages: [
      { code: 'en', label: 'English' },
      { code: 'zh-CN', label: '简体中文' },
    ],
    runCommand: vi.fn(),
    selectConnection: vi.fn(),
    setColorScheme: vi.fn(),
    setLanguage: vi.fn(),
    ...overrides,
  }
}

describe('command palette entries', () => {
  it('lists every section, each connection, the actions and the preferences', () => {
    const ids = paletteEntries(context()).map((e) => e.id)
    expect(ids).toEqual([
      'go:home',
      'go:diagnostics',
      'connection:c1',
      'connection:addAkuvox',
      'connection:addTuya',
      'demo:akuvox',
      'demo:tuya',
      'help:shortcuts',
      'theme:light',
      'theme:dark',
      'theme:auto',
      'language:en',
      'language:zh-CN',
    ])
  })

  it('lists the open project’s sections as the sidebar does, then Sync now: access groups for Akuvox, channels and sends for Tuya', () => {
    const ids = (vendor: 'akuvox' | 'tuya') =>
      paletteEntries(context({ project: { vendor } }))
        .filter((e) => e.group === 'project')
        .map((e) => e.id)
    expect(ids('akuvox')).toEqual(['go:overview', 'go:devices', 'go:accessGroups', 'go:people', 'go:checklist', 'go:report', 'go:outbox', 'project:sync'])
    expect(ids('tuya')).toEqual(['go:overview', 'go:devices', 'go:channels', 'go:sends', 'go:people', 'go:checklist', 'go:report', 'go:outbox', 'project:sync'])
    const doors = paletteEntries(context({ project: { vendor: 'tuya' } })).find((e) => e.id === 'go:devices')
    expect(doors?.label).toBe('project.nav.doors')
    expect(doors?.shortcut).toBe('Ctrl+4')
  })

  it('carries the labels of both languages as keywords, so either finds an entry', () => {
    const home = paletteEntries(context()).find((e) => e.id === 'go:home')
    expect(home?.label).toBe('Start')
    expect(home?.keywords).toEqual(['Start', '开始'])
  })

  it('shows the shortcut of each command in the platform form', () => {
    const entries = paletteEntries(context({ platform: 'mac' }))
    expect(entries.find((e) => e.id === 'go:home')?.shortcut).toBe('⌘1')
    expect(entries.find((e) => e.id === 'connection:addTuya')?.shortcut).toBe('⌘⇧N')
    expect(entries.find((e) => e.id === 'demo:tuya')?.shortcut).toBeUndefined()
  })

  it('marks the current theme and language, and each entry does what it says', () => {
    const ctx = context()
    const entries = paletteEntries(ctx)
    expect(entries.filter((e) => e.current).map((e) => e.id)).toEqual(['theme:dark', 'language:en'])
    entries.find((e) => e.id === 'connection:c1')?.run()
    entries.find((e) => e.id === 'go:diagnostics')?.run()
    entries.find((e) => e.id === 'theme:light')?.run()
    entries.find((e) => e.id === 'language:zh-CN')?.run()
    expect(ctx.selectConnection).toHaveBeenCalledWith('c1')
    expect(ctx.runCommand).toHaveBeenCalledWith('go:diagnostics')
    expect(ctx.setColorScheme).toHaveBeenCalledWith('light')
    expect(ctx.setLanguage).toHaveBeenCalledWith('zh-CN')
  })

  it('names the modifier key after the platform', () => {
    expect(keyPlatform('Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0)')).toBe('mac')
    expect(keyPlatform('Mozilla/5.0 (X11; Linux x86_64)')).toBe('other')
  })
})
