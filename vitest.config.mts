import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

const alias = { '@shared': resolve(__dirname, 'src/shared'), '@fieldkey/sandbox': resolve(__dirname, 'packages/sandbox/src') }

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/unit/{shared,main,preload}/**/*.test.ts', 'test/integration/**/*.test.ts', 'test/security/**/*.test.ts'],
          // Syncs write through the cache writer thread: a bundle of it, as the build makes.
          globalSetup: ['test/helpers/cache-writer-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        // The sandbox package's own tests: no alias, it reaches nothing of src/.
        test: {
          name: 'sandbox',
          environment: 'node',
          include: ['packages/sandbox/test/**/*.test.ts'],
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'renderer',
          environment: 'jsdom',
          // Typing a whole form through user-event takes seconds while another file runs beside it.
          testTimeout: 20_000,
          include: ['test/unit/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['test/unit/renderer/setup.ts'],
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Each file starts its own host, data folder and browser, so files may run side by side
          // (vitest runs one at a time on 2 cores, more where there are more).
          fileParallelism: true,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'electron',
          environment: 'node',
          include: ['test/electron/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
