import { readFileSync, readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { apiWords, englishGrammar, englishInChinese } from './locale-rules'

const ROOT = join(import.meta.dirname, '../../..')
const FEATURES = join(ROOT, 'src/renderer/src/features')

/** Every folder of locale files in the app: main's and the renderer's shared strings, and each feature's. */
const LOCALE_DIRS = [
  join(ROOT, 'src/shared/i18n/locales'),
  join(ROOT, 'src/renderer/src/i18n/locales'),
  ...readdirSync(FEATURES, { withFileTypes: true })
    .filter((d) => d.isDirectory() && readdirSync(join(FEATURES, d.name)).includes('locales'))
    .map((d) => join(FEATURES, d.name, 'locales')),
]

type Tree = { readonly [key: string]: string | Tree }

function strings(tree: Tree, prefix = ''): Array<readonly [string, string]> {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[`${prefix}${k}`, v] as const] : strings(v, `${prefix}${k}.`)))
}

/** English has `_one`/`_other`, Chinese one form: keys compare without the plural suffix. */
const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '')

const read = (dir: string, language: string): Array<readonly [string, string]> =>
  strings(JSON.parse(readFileSync(join(dir, `${language}.json`), 'utf8')) as Tree)

function problems(entries: ReadonlyArray<readonly [string, string]>, check: (value: string) => string[]): string[] {
  return entries.flatMap(([key, value]) => check(value).map((p) => `${key}: ${p}`))
}

describe.each(LOCALE_DIRS.map((dir) => [relative(ROOT, dir), dir] as const))('%s', (_name, dir) => {
  const en = read(dir, 'en')
  const zh = read(dir, 'zh-CN')

  it('has the same keys in English and Simplified Chinese', () => {
    const enKeys = new Set(en.map(([k]) => base(k)))
    const zhKeys = new Set(zh.map(([k]) => base(k)))
    expect([...enKeys].filter((k) => !zhKeys.has(k)).map((k) => `missing in zh-CN: ${k}`)).toEqual([])
    expect([...zhKeys].filter((k) => !enKeys.has(k)).map((k) => `missing in en: ${k}`)).toEqual([])
  })

  it('names no API identifier, JSON key or vendor code, in either language', () => {
    expect(problems(en, apiWords)).toEqual([])
    expect(problems(zh, apiWords)).toEqual([])
  })

  it('puts the right article before each English word', () => {
    expect(problems(en, englishGrammar)).toEqual([])
  })

  it('leaves no English in the Chinese text beyond names, abbreviations and commands', () => {
    expect(problems(zh, englishInChinese)).toEqual([])
  })
})

describe('the rules bite', () => {
  it('refuses API identifiers, JSON keys and "Code N:"', () => {
    expect(apiWords('Credentials to send (authIssueCertificate)')).toEqual(['API name "authIssueCertificate"'])
    expect(apiWords('The cloud reports user_count users')).toEqual(['key "user_count"'])
    expect(apiWords('Code 2: Card and face')).toEqual(['vendor code "Code 2"'])
    expect(apiWords('代码 2：卡和人脸')).toEqual(['vendor code "代码 2"'])
    expect(apiWords('{{count}} persons on {{channelCount}} channels; $t(sends.kindPhrase)')).toEqual([])
    expect(apiWords('Card and face')).toEqual([])
  })

  it('refuses "a" before a vowel and before a placeholder', () => {
    expect(englishGrammar('Add a {{vendor}} connection')).toHaveLength(1)
    expect(englishGrammar('Add a Akuvox connection')).toEqual(['"a Akuvox"'])
    expect(englishGrammar('Add an Akuvox connection, a Tuya connection or a user')).toEqual([])
  })

  it('refuses English words in Chinese, but not names, abbreviations or commands', () => {
    expect(englishInChinese('上班时间（Opens at）')).toEqual(['English "Opens at"'])
    expect(englishInChinese('设备类型：Guard Phone')).toEqual(['English "Guard Phone"'])
    expect(englishInChinese('在 Fieldkey 文件夹中运行 npm rebuild keytar；PIN 与 MAC 地址；{{name}}')).toEqual([])
    expect(englishInChinese('Access ID 或 Access Secret')).toEqual([])
    expect(englishInChinese('Access Control')).toEqual(['English "Access Control"'])
  })
})
