import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { defineConfig } from 'vitest/config'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default defineConfig({
  resolve: { alias: { '@payload-config': path.resolve(dirname, 'src/payload.config.ts') } },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts'],
    // Each file starts its own Payload on its own database; two at a time suit a 2-core machine.
    maxWorkers: 2,
    testTimeout: 120_000,
    hookTimeout: 300_000,
    env: { HUB_JOBS_AUTORUN: '0' },
  },
})
