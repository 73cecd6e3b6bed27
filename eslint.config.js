// @ts-check
const js = require('@eslint/js')
const reactHooks = require('eslint-plugin-react-hooks')
const globals = require('globals')
const tseslint = require('typescript-eslint')
const { builtinModules } = require('node:module')
const path = require('node:path')

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)]

/** Layering rules (docs/architecture.md#layers-and-lint-rules), enforced per folder. */
const noNodeOrElectron = {
  paths: [
    ...nodeBuiltins.map((name) => ({ name, message: 'Renderer and shared code run without Node: ask main through the IPC contract.' })),
    { name: 'electron', message: 'Only main and preload may import electron.' },
  ],
  patterns: [{ group: ['**/main/**', '**/preload/**'], message: 'Renderer and shared code may import only shared and their own folder.' }],
}

/**
 * Inside main: only src/main/electron imports Electron (or its log and updater packages), and
 * nothing outside it imports that folder. Each folder below adds what it may not reach.
 */
const ELECTRON_PACKAGES = ['electron', 'electron-updater', 'electron-log', 'electron-log/main', 'electron-log/node']
const ourFolder = (names) => `^(\\.{1,2}/)+(${names.join('|')})(/|$)`
function mainLayer(folders, message, packages = []) {
  return [
    'error',
    {
      paths: ELECTRON_PACKAGES.map((name) => ({ name, message: 'Only src/main/electron imports Electron: pass what main needs in from there.' })),
      patterns: [
        { regex: ourFolder(['electron']), message: 'src/main/electron is the Electron shell; nothing in main depends on it.' },
        ...(folders.length ? [{ regex: ourFolder(folders), message }] : []),
        ...(packages.length ? [{ group: packages, message }] : []),
      ],
    },
  ]
}

/**
 * The renderer's reads go through the query cache and its changes through store actions or
 * mutations, so no answer of main is dropped: only these files may call main (`api`).
 */
const RENDERER_API_CALLERS = [
  'src/renderer/src/api.ts',
  'src/renderer/src/query/**',
  'src/renderer/src/**/*-queries.ts',
  'src/renderer/src/**/*-mutations.ts',
  'src/renderer/src/stores/*/actions.ts',
  // Events main sends and the language main is told: no Result to show.
  'src/renderer/src/features/command-palette/use-app-commands.ts',
  'src/renderer/src/i18n/tell-main.ts',
  // Changes made from the form itself; each shows its Result where the installer acted.
  'src/renderer/src/features/people/import/RunStep.tsx',
  'src/renderer/src/features/people/import/UrlImport.tsx',
  'src/renderer/src/features/people/import/send-import.ts',
  'src/renderer/src/features/people/persons/PersonForm.tsx',
  'src/renderer/src/features/people/persons/PersonsList.tsx',
  'src/renderer/src/features/people/staff/StaffList.tsx',
  'src/renderer/src/features/people/persons/RecycleBin.tsx',
  'src/renderer/src/features/people/staff/DeleteStaffDialog.tsx',
  'src/renderer/src/features/people/staff/StaffEditor.tsx',
]
const rendererCallsMain = {
  regex: '(^|/)api$',
  message:
    'Read through a query hook (a *-queries.ts file, over src/renderer/src/query) and change through a store action or a mutation: a Result read here could drop its error.',
}
const noThen = {
  selector: "CallExpression[callee.type='MemberExpression'][callee.property.name='then']",
  message: '`.then(r => r.ok && …)` drops the error of a Result: read through a query hook, or await the Result and show both outcomes.',
}

/** Reports a relative import that leaves the package folder (`packages/<name>/`) of the file. */
const packageStaysInside = {
  meta: { type: 'problem', schema: [], messages: { outside: 'This package imports nothing outside packages/{{name}}: "{{source}}" reaches {{target}}.' } },
  create(context) {
    const file = context.physicalFilename ?? context.filename
    const match = /^(.*[\\/]packages[\\/])([^\\/]+)[\\/]/.exec(path.resolve(file))
    if (!match) return {}
    const packageDir = match[1] + match[2]
    const check = (node) => {
      const source = node.source?.value
      if (typeof source !== 'string' || !source.startsWith('.')) return
      const target = path.resolve(path.dirname(path.resolve(file)), source)
      if (target !== packageDir && !target.startsWith(packageDir + path.sep)) {
        context.report({ node: node.source, messageId: 'outside', data: { name: match[2], source, target: path.relative(path.dirname(packageDir), target) } })
      }
    }
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check }
  },
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
          message: 'Emit events through the EventHub; only src/main/electron forwards them to the window.',
        },
      ],
    },
  },
  { files: ['src/main/electron/**'], rules: { 'no-restricted-syntax': 'off' } },
  {
    files: ['src/shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...noNodeOrElectron,
          patterns: [{ group: ['**/main/**', '**/preload/**', '**/renderer/**', 'react', 'react-dom'], message: 'shared imports nothing of ours but shared.' }],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { ...noNodeOrElectron, patterns: [...noNodeOrElectron.patterns, rendererCallsMain] }],
      'no-restricted-globals': ['error', { name: 'fetch', message: 'The renderer never calls a cloud: ask main through api.ts.' }],
      'no-restricted-syntax': ['error', noThen],
    },
  },
  { files: RENDERER_API_CALLERS, rules: { 'no-restricted-imports': ['error', noNodeOrElectron] } },
  {
    // A promise nobody awaits, returns or marks `void` is a Result nobody reads.
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: {
        // The layering test lints made-up files at these two places.
        projectService: { allowDefaultProject: ['src/renderer/src/x.ts', 'src/renderer/src/features/x.ts'] },
        tsconfigRootDir: __dirname,
      },
    },
    rules: { '@typescript-eslint/no-floating-promises': 'error' },
  },
  {
    files: ['src/main/**'],
    ignores: ['src/main/electron/**'],
    rules: { 'no-restricted-imports': mainLayer([], '') },
  },
  {
    files: ['src/main/core/**'],
    rules: { 'no-restricted-imports': mainLayer(['headless'], 'The core is shared by Electron and the headless host: it imports neither shell.') },
  },
  {
    files: ['src/main/services/**'],
    rules: {
      'no-restricted-imports': mainLayer(
        ['ipc', 'headless', 'core/(?!events$)[^/]+'],
        'Services are use cases: they know neither IPC nor a shell nor the composition root (events go through core/events).',
      ),
    },
  },
  {
    files: ['src/main/store/**'],
    rules: {
      'no-restricted-imports': mainLayer(
        ['services', 'ipc', 'headless', 'core', 'clouds', 'vault'],
        'The store holds every repository and knows nothing above it.',
      ),
    },
  },
  {
    files: ['src/preload/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...nodeBuiltins.map((name) => ({ name, message: 'The preload runs sandboxed: no Node modules.' })),
            {
              name: 'electron',
              importNames: ['ipcMain', 'BrowserWindow', 'app', 'shell', 'remote'],
              message: 'The preload may use only contextBridge and ipcRenderer.',
            },
            ...['@shared/ipc', '@shared/ipc/contract', 'zod'].map((name) => ({
              name,
              allowTypeImports: true,
              message: 'The preload takes channel names from @shared/ipc/channel-names: the contract would bundle zod and every schema (main validates).',
            })),
          ],
          patterns: [{ group: ['**/main/**', '**/renderer/**'], message: 'The preload builds on shared only.' }],
        },
      ],
    },
  },
  {
    files: ['src/main/clouds/**'],
    rules: {
      'no-restricted-imports': mainLayer(
        ['store', 'services', 'sandbox', 'vault', 'ipc', 'core', 'headless'],
        'Clouds get fetch injected and know nothing of store, services, vault, ipc, core or the sandbox.',
        ['@fieldkey/sandbox', '@fieldkey/sandbox/*'],
      ),
    },
  },
  {
    // The sandbox clouds are the test oracle: sharing a helper with the client would let one
    // mistake pass on both sides. They import nothing of the app, by alias or by relative path.
    files: ['packages/sandbox/**'],
    plugins: { fieldkey: { rules: { 'package-stays-inside': packageStaysInside } } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The sandbox is plain Node.' }],
          patterns: [
            {
              group: ['@shared', '@shared/*', '@fieldkey/*'],
              message: 'The sandbox package imports nothing of src/: write what it needs from the API documents.',
            },
          ],
        },
      ],
      'fieldkey/package-stays-inside': 'error',
    },
  },
  {
    files: ['src/**'],
    ignores: ['src/main/electron/**', 'src/preload/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'electron', property: 'ipcMain', message: 'ipcMain only in src/main/electron.' },
        { object: 'electron', property: 'ipcRenderer', message: 'ipcRenderer only in src/preload.' },
      ],
    },
  },
  { files: ['**/*.js', '**/*.mjs', '**/*.cjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
)
