import { writeFile } from 'node:fs/promises'
import path from 'node:path'

import type { BuiltFileFacts } from './builtFileFacts'

/**
 * Writes `script-hashes.json` beside the built site's client/ folder: the
 * CSP source (`'sha256-...'`) of every inline script the built pages carry
 * (the quick exit). The hub's site server allows
 * exactly these and the site's own script files, so a script injected into a
 * page, or into a file served from the site, does not run. `files` are the
 * built files (`listBuiltFiles`).
 */
export async function writeScriptHashes(
  outDir: string,
  client: string,
  files: readonly string[],
  facts: BuiltFileFacts,
): Promise<void> {
  const pages = files.filter((file) => file.endsWith('.html'))
  const hashes = new Set<string>()
  for (const page of pages)
    for (const source of (await facts.of(path.join(client, page))).inlineScripts) hashes.add(source)
  const sorted = [...hashes].sort()
  await writeFile(path.join(outDir, 'script-hashes.json'), `${JSON.stringify(sorted, null, 2)}\n`)
  console.log(`Inline scripts allowed by the CSP: ${sorted.length} (from ${pages.length} pages).`)
}
