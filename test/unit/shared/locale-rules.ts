/**
 * What a locale string may not say, as pure checks over one value: the rules
 * `locale-words.test.ts` holds every locale file of the app to (docs/architecture.md#renderer).
 */

/** Latin words a Chinese string may keep: names of products and vendors, the installer's standard abbreviations, the vendor consoles' own field names, and commands to type. */
export const LATIN_IN_CHINESE: readonly string[] = [
  // Commands and packages the installer types as they are written.
  'sudo apt-get install libsecret-1-dev',
  'sudo dnf install libsecret-devel',
  'xcode-select --install',
  'npm rebuild keytar',
  'npm install',
  'npm start',
  'libsecret-1-dev',
  'libsecret-devel',
  'keytar',
  // The vendor consoles' field names, so the installer finds them there.
  'Client ID',
  'Client Secret',
  'Access ID',
  'Access Secret',
  // Time-zone names are the IANA database's, in English in every language: the picker searches them.
  'Shanghai',
  // Products, vendors and systems.
  'Visual Studio Build Tools',
  'GNOME Keyring',
  'KWallet',
  'Fieldkey',
  'Akuvox',
  'Akubela',
  'Electron',
  'Chromium',
  'Node.js',
  'Debian',
  'Ubuntu',
  'Fedora',
  'Windows',
  'Apple',
  'Excel',
  'Unicode',
  'GB18030',
  'Big5',
  // Abbreviations Chinese text uses as they are, and keys on the keyboard.
  'UTF-8',
  'UTF-16',
  'Windows-1252',
  'https',
  'http',
  'IoT',
  'API',
  'PIN',
  'UTC',
  'CSV',
  'csv',
  'xlsx',
  'xls',
  'zip',
  'MAC',
  'PDF',
  'URL',
  'BOM',
  'IP',
  'ID',
  'C++',
  'UTF-16 LE',
  'UTF-16 BE',
  'http(s)',
  'HH:mm',
  'MB',
  'KB',
  'Enter',
  'Tab',
]

/** The text a reader sees: placeholders (`{{name}}`) and nested keys (`$t(…)`) are filled in later; `&F` marks a menu's access key. */
const visible = (value: string): string =>
  value
    .replace(/\{\{[^}]*\}\}/g, ' ')
    .replace(/\$t\([^)]*\)/g, ' ')
    .replace(/&[A-Za-z]/g, '')

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const ALLOWED = new RegExp(
  [...LATIN_IN_CHINESE]
    .sort((a, b) => b.length - a.length)
    .map((term) => `(?<![A-Za-z])${escape(term)}(?![A-Za-z])`)
    .join('|'),
  'g',
)

/** Problems of one value in any language: API identifiers, JSON keys and vendor codes. */
export function apiWords(value: string): string[] {
  const text = visible(value)
  const problems: string[] = []
  for (const m of text.matchAll(/\b[a-z]+[A-Z][A-Za-z0-9]*\b/g)) problems.push(`API name "${m[0]}"`)
  for (const m of text.matchAll(/\b[A-Za-z0-9]+_[A-Za-z0-9_]+\b/g)) problems.push(`key "${m[0]}"`)
  for (const m of value.matchAll(/\bcode\s*(?:\d+|\{\{\w+)|(?:代码|编码|代号)\s*(?:\d+|\{\{\w+)/gi)) problems.push(`vendor code "${m[0]}"`)
  return problems
}

/** Problems of an English value: an article that cannot fit every word put after it. */
export function englishGrammar(value: string): string[] {
  const problems: string[] = []
  if (/\b[Aa] \{\{/.test(value)) problems.push('"a" before a placeholder: the article depends on the word')
  for (const m of value.matchAll(/\b[Aa] ([AEIO][A-Za-z]*)/g)) problems.push(`"a ${m[1]}"`)
  return problems
}

/** English words left in a Chinese value (anything Latin outside `LATIN_IN_CHINESE`). */
export function englishInChinese(value: string): string[] {
  const rest = visible(value).replace(ALLOWED, ' ')
  // A word joined to digits is an example value ("AB01:1|2"), not English.
  return [...rest.matchAll(/(?<![A-Za-z0-9])[A-Za-z]+(?:[\s'-]+[A-Za-z]+)*(?![A-Za-z0-9])/g)].map((m) => `English "${m[0]}"`)
}
