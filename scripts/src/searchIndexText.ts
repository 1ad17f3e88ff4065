import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'

/**
 * The text of a built site's Pagefind index for `locale` (its bundle at
 * pagefind/<locale>/), its fragments unpacked; empty when the locale has no
 * bundle. `client` is the directory readers are served from.
 */
export async function searchIndexText(client: string, locale: string): Promise<string> {
  const dir = path.join(client, 'pagefind', locale, 'fragment')
  const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return []
    throw error
  })
  const texts = await Promise.all(
    names.map(async (name) => gunzipSync(await readFile(path.join(dir, name))).toString('utf8')),
  )
  return texts.join('\n')
}
