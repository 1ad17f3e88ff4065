import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    environment: 'node',
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**'],
    // Each file runs its own CMS server; one at a time on a 2-core machine.
    fileParallelism: false,
    testTimeout: 60_000,
    // The first run builds the CMS for production.
    hookTimeout: 20 * 60_000,
  },
})
