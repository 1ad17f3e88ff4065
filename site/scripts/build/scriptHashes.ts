import { createHash } from 'node:crypto'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

// Per the HTML parser, a script's text runs to the first "</script"; attributes decide whether it is inline.
const scriptElement = /<script\b([^>]*)>([\s\S]*?)<\/script/gi

/**
 * Writes `script-hashes.json` beside the built site's client/ folder: the
 * CSP source (`'sha256-...'`) of every inline script the built pages carry
 * (the quick exit). The hub's site server allows
 * exactly these and the site's own script files, so a script injected into a
 * page, or into a file served from the site, does not run.
 */
export async function writeScriptHashes(outDir: string, client: string): Promise<void> {
  const pages = (await readdir(client, { recursive: true })).filter((file) => file.endsWith('.html'))
  const hashes = new Set<string>()
  for (const page of pages) {
    const html = await readFile(path.join(client, page), 'utf8')
    for (const [, attributes, text] of html.matchAll(scriptElement)) {
      if (/\bsrc\s*=/i.test(attributes!)) continue
      hashes.add(`'sha256-${createHash('sha256').update(text!, 'utf8').digest('base64')}'`)
    }
  }
  const sorted = [...hashes].sort()
  await writeFile(path.join(outDir, 'script-hashes.json'), `${JSON.stringify(sorted, null, 2)}\n`)
  console.log(`Inline scripts allowed by the CSP: ${sorted.length} (from ${pages.length} pages).`)
}
