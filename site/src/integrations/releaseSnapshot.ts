import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { AstroIntegration } from 'astro'

import { releaseSnapshotName } from '../loaders/loadSnapshot.ts'
import { packSnapshot } from '../loaders/readSnapshot.ts'
import { snapshotDir } from '../loaders/snapshotDir.ts'

/**
 * Gives a built release the snapshot it was built from, packed into one file in
 * its server folder: its preview route renders drafts on request beside the
 * published documents, which must be the release's own, whatever the snapshot
 * folder holds by then.
 */
export function releaseSnapshot(): AstroIntegration {
  let serverDir = ''
  return {
    name: 'hub:release-snapshot',
    hooks: {
      'astro:config:done': ({ config }) => {
        serverDir = fileURLToPath(config.build.server)
      },
      'astro:build:done': async () => {
        await packSnapshot(snapshotDir(), path.join(serverDir, releaseSnapshotName))
      },
    },
  }
}
