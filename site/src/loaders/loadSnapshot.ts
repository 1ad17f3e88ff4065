import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { readPackedSnapshot, readSnapshot, type Snapshot } from './readSnapshot.ts'
import { snapshotDir } from './snapshotDir.ts'

/** The file a built release keeps the snapshot it was built from in, in its server folder (see releaseSnapshot.ts). */
export const releaseSnapshotName = 'release-snapshot.json'

/**
 * The snapshot a release's server carries, when this code runs there (it sits
 * in the server folder or one folder below); undefined while building and in
 * development.
 */
function releaseSnapshotFile(): string | undefined {
  const here = path.dirname(fileURLToPath(import.meta.url))
  return [here, path.dirname(here)]
    .map((dir) => path.join(dir, releaseSnapshotName))
    .find((file) => existsSync(file))
}

/**
 * Reads and validates the snapshot the pages show: a build reads the one it is
 * built from; a release's server, rendering drafts' previews on request, the
 * one the release was built from. Each call reads it again (`loadHub` keeps one).
 */
export function loadSnapshot(): Promise<Snapshot> {
  const packed = releaseSnapshotFile()
  return packed ? readPackedSnapshot(packed) : readSnapshot(snapshotDir())
}
