import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type { APIRoute } from 'astro'

import { loadSnapshot } from '../../loaders/snapshotLoader'

/** Media files of the snapshot, copied into the site at their CMS filenames. */
export async function getStaticPaths() {
  const snapshot = await loadSnapshot()
  return snapshot.documents.media.map((media) => ({ params: { file: media.filename } }))
}

export const GET: APIRoute = async ({ params }) => {
  const snapshot = await loadSnapshot()
  return new Response(await readFile(path.join(snapshot.mediaDir, String(params.file))))
}
