import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type { APIRoute } from 'astro'

import { snapshotDataFiles } from '../../lib/openData'
import { fileKey } from '../../lib/pageKeys'
import { snapshotDir } from '../../loaders/snapshotDir'

/** The published snapshot's files byte for byte, as the CMS exported them. */
export async function getStaticPaths() {
  return Promise.all(
    (await snapshotDataFiles()).map(async (file) => ({
      params: { file },
      cacheKey: await fileKey(path.join(snapshotDir(), file)),
    })),
  )
}

export const GET: APIRoute = async ({ params }) =>
  new Response(await readFile(path.join(snapshotDir(), String(params.file))), {
    headers: { 'Content-Type': 'application/json' },
  })
