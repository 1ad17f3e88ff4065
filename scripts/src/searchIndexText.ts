import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'

/**
 * The text of a built site's Pagefind index, its fragments unpacked, when the
 * index has a language `locale`; empty otherwise. `client` is the directory
 * readers are served from.
 */
export async function searchIndexText(client: string, locale: string): Promise<string> {
  const entry = JSON.parse(await readFile(path.join(client, 'pagefind', 'pagefind-entry.json'), 'utf8'))
  if (!entry.languages[locale]) return ''
  const dir = path.join(client, 'pagefind', 'fragment')
  const texts = await Promise.all(
    (await readdir(dir)).map(async (name) =>
      gunzipSync(await readFile(path.join(dir, name))).toString('utf8'),
    ),
  )
  return texts.join('\n')
}
