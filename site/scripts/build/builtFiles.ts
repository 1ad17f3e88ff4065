import { readdir } from 'node:fs/promises'
import path from 'node:path'

/**
 * The files Astro built under `client`, as paths relative to it in sorted
 * order: listed once for every post-build step, since at 10,000 pages a
 * listing of the release takes about a third of a second. The search bundles
 * (client/pagefind) are the post-build's own, written meanwhile, and left out.
 */
export async function listBuiltFiles(client: string): Promise<string[]> {
  // With the entries' types Node need not stat each entry to learn whether it is a folder.
  const entries = await readdir(client, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(client, path.join(entry.parentPath, entry.name)))
    .filter((file) => !file.startsWith(`pagefind${path.sep}`))
    .sort()
}
