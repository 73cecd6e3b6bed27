// @ts-check
const js = require('@eslint/js')
const reactHooks = require('eslint-plugin-react-hooks')
const globals = require('globals')
const tseslint = require('typescript-eslint')
const { builtinModules } = require('node:module')

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)]

/** Layering rules (docs/architecture.md#layers-and-lint-rules), enforced per folder. */
const noNodeOrElectron = {
  paths: [
    ...nodeBuiltins.map((name) => ({ name, message: 'Renderer and shared code run without Node: ask main through the IPC contract.' })),
    { name: 'electron', message: 'Only main and preload may import electron.' },
  ],
  patterns: [{ group: ['**/main/**', '**/preload/**'], message: 'Renderer and shared code may import only shared and their own folder.' }],
}

module.exports = tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-artifacts/**', 'coverage/**', 'build/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='send']:matches([object.name='webContents'], [object.property.name='webContents'])",
          message: 'Emit events through the EventHub; only src/main/ipc forwards them to the window.',
        },
      ],
    },
  },
  { files: ['src/main/ipc/**'], rules: { 'no-restricted-syntax': 'off' } },
  {
    files: ['src/shared/**'],
    rules: {
      'no-restricted-imports': ['error', {
        ...noNodeOrElectron,
        patterns: [{ group: ['**/main/**', '**/preload/**', '**/renderer/**', 'react', 'react-dom'], message: 'shared imports nothing of ours but shared.' }],
      }],
    },
  },
  {
    files: ['src/renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', noNodeOrElectron],
      'no-restricted-globals': ['error', { name: 'fetch', message: 'The renderer never calls a cloud: ask main through api.ts.' }],
    },
  },
  {
    files: ['src/main/**'],
    ignores: ['src/main/ipc/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', importNames: ['ipcMain', 'ipcRenderer'], message: 'ipcMain only in src/main/ipc; ipcRenderer only in src/preload.' }],
      }],
    },
  },
  {
    files: ['src/preload/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          ...nodeBuiltins.map((name) => ({ name, message: 'The preload runs sandboxed: no Node modules.' })),
          { name: 'electron', importNames: ['ipcMain', 'BrowserWindow', 'app', 'shell', 'remote'], message: 'The preload may use only contextBridge and ipcRenderer.' },
          ...['@shared/ipc', '@shared/ipc/contract', 'zod'].map((name) => ({
            name,
            allowTypeImports: true,
            message: 'The preload takes channel names from @shared/ipc/channel-names: the contract would bundle zod and every schema (main validates).',
          })),
        ],
        patterns: [{ group: ['**/main/**', '**/renderer/**'], message: 'The preload builds on shared only.' }],
      }],
    },
  },
  {
    files: ['src/main/clouds/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'Clouds get fetch injected; they never import electron.' }],
        patterns: [{ group: ['**/store/**', '**/services/**', '**/sandbox/**', '**/vault/**', '**/ipc/**'], message: 'clouds know nothing of store, services, vault, ipc or sandbox.' }],
      }],
    },
  },
  {
    files: ['src/main/sandbox/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'The sandbox is plain Node.' }],
        patterns: [{ group: ['**/store/**', '**/services/**', '**/vault/**', '**/ipc/**'], message: 'The sandbox stands alone.' }],
      }],
    },
  },
  {
    files: ['src/**'],
    ignores: ['src/main/ipc/**', 'src/preload/**'],
    rules: {
      'no-restricted-properties': ['error',
        { object: 'electron', property: 'ipcMain', message: 'ipcMain only in src/main/ipc.' },
        { object: 'electron', property: 'ipcRenderer', message: 'ipcRenderer only in src/preload.' },
      ],
    },
  },
  { files: ['**/*.js', '**/*.mjs', '**/*.cjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
)
