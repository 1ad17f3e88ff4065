import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type { APIRoute } from 'astro'

import { loadHub } from '../../lib/hub'
import { fileKey } from '../../lib/pageKeys'
import { snapshotDir } from '../../loaders/snapshotDir'

/** Media files of the snapshot, copied into the site at their CMS filenames: the build has validated them with the snapshot. */
export async function getStaticPaths() {
  return Promise.all(
    (await loadHub()).media.map(async (media) => ({
      params: { file: media.filename },
      cacheKey: await fileKey(path.join(snapshotDir(), 'media-files', media.filename)),
    })),
  )
}

export const GET: APIRoute = async ({ params }) =>
  new Response(await readFile(path.join(snapshotDir(), 'media-files', String(params.file))))
