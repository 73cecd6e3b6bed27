import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { UiLanguage } from '../../../src/main/services/ui-language'
import { SettingsRepo } from '../../../src/main/store/settings-repo'
import { openStore } from '../../../src/main/store/open-store'

function freshDb() {
  return join(mkdtempSync(join(tmpdir(), 'fk-lang-')), 'fieldkey.db')
}

describe('the UI language main keeps', () => {
  it('follows the system locale until the installer picks one', () => {
    const store = openStore(freshDb())
    expect(new UiLanguage(new SettingsRepo(store.db), 'zh-Hans-CN').get()).toBe('zh-CN')
    expect(new UiLanguage(new SettingsRepo(store.db), 'de-DE').get()).toBe('en')
    store.db.close()
  })

  it('keeps the choice across launches and tells listeners only of real changes', () => {
    const path = freshDb()
    const first = openStore(path)
    const language = new UiLanguage(new SettingsRepo(first.db), 'en-US')
    const heard: string[] = []
    const stop = language.onChange((l) => heard.push(l))
    language.set('en')
    language.set('zh-CN')
    language.set('zh-CN')
    stop()
    language.set('en')
    language.set('zh-CN')
    expect(heard).toEqual(['zh-CN'])
    first.db.close()
    const second = openStore(path)
    expect(new UiLanguage(new SettingsRepo(second.db), 'en-US').get()).toBe('zh-CN')
    second.db.close()
  })
})
