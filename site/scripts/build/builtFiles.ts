import { readdirSync } from 'node:fs'
import path from 'node:path'

/**
 * The files Astro built under `client`, as paths relative to it in sorted
 * order: listed once for every post-build step, before they start. The search
 * bundles (client/pagefind) are the post-build's own, written meanwhile, and
 * left out.
 */
export function listBuiltFiles(client: string): string[] {
  // Synchronous, with the entries' types: nothing else runs yet, and a page is a folder of its own, so
  // at 10,000 pages Node's asynchronous listing (a thread-pool round trip per folder) took twice as long.
  const entries = readdirSync(client, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(client, path.join(entry.parentPath, entry.name)))
    .filter((file) => !file.startsWith(`pagefind${path.sep}`))
    .sort()
}
