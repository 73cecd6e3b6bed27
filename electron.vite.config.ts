import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'

const shared = { '@shared': resolve(__dirname, 'src/shared') }
/** Main reaches the sandbox package through one alias (the demo sites load it by dynamic import). */
const mainAlias = { ...shared, '@fieldkey/sandbox': resolve(__dirname, 'packages/sandbox/src') }

export default defineConfig({
  main: {
    resolve: { alias: mainAlias },
    build: {
      // `dependencies` stay external; keytar is an optional dependency (an install that cannot
      // build it leaves it out), so it is named here: loaded from node_modules at run time, never
      // bundled, and its absence never breaks the build.
      externalizeDeps: { include: ['keytar'] },
      rolldownOptions: {
        input: {
          // Electron composition root.
          index: resolve(__dirname, 'src/main/electron/main.ts'),
          // Plain-Node host: same router and services, served to a browser (`npm run web`).
          headless: resolve(__dirname, 'src/main/headless/index.ts'),
          // The cache writer thread syncs write through (src/main/store/cache/writer): found beside the entry that runs.
          'cache-writer': resolve(__dirname, 'src/main/store/cache/writer/cache-writer.worker.ts'),
          // `npm run sandbox`: the loopback clouds on their own.
          sandbox: resolve(__dirname, 'packages/sandbox/src/cli.ts'),
        },
      },
    },
  },
  preload: {
    resolve: { alias: shared },
    build: {
      // Sandboxed preloads can only `require('electron')`: bundle everything else into one CJS file.
      externalizeDeps: false,
      isolatedEntries: true,
      rolldownOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        output: { format: 'cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    base: './',
    resolve: { alias: shared },
    plugins: [react()],
    build: {
      rolldownOptions: {
        input: {
          index: resolve(__dirname, 'src/renderer/index.html'),
          // The headless host's stand-in for the preload: builds `window.fieldkey` over a WebSocket.
          // Injected by the host only; the Electron window never loads it.
          bridge: resolve(__dirname, 'src/preload/web-bridge.ts'),
        },
        output: {
          entryFileNames: (chunk) => (chunk.name === 'bridge' ? 'assets/bridge.js' : 'assets/[name]-[hash].js'),
        },
      },
    },
  },
})
