import { readFile, realpath } from 'node:fs/promises'
import path from 'node:path'

import type * as Pagefind from 'pagefind'

import { listBuiltFiles } from './builtFiles'
import { type BuiltFileFacts, fileIdentity } from './builtFileFacts'
import { localePages, newIndex, pagefindOf } from './pagefindServices'

/** One locale's pages of the live release in a Pagefind index, each page with the identity it had. */
export type LiveIndex = {
  pagefind: typeof Pagefind
  index: Pagefind.PagefindIndex
  /** Identity by page path under the locale's folder, as `fileIdentity` gives it. */
  pages: Map<string, string>
}

/**
 * Reads the live release's pages into a Pagefind index per locale while a
 * build started ahead waits for its publish (`postBuild.ts --index-live`), each
 * locale by its own service. When the publish's pages of a locale are the
 * same pages, the post-build adds only those written anew, which replace
 * theirs, and writes the bundle: the same bytes as indexing them all
 * (liveIndexes.test.ts), without reading 2,000 pages again. `client` is the
 * release's client folder through the build link, which points at the live
 * release until the publish's build starts. A locale that cannot be read is
 * left to the post-build, which indexes it as without this.
 */
export async function indexLiveRelease(
  client: string,
  locales: readonly string[],
): Promise<Map<string, LiveIndex>> {
  const indexed = new Map<string, LiveIndex>()
  // Resolved now: the build link moves to the new release when its build starts.
  const live = await realpath(client).catch(() => undefined)
  if (!live) return indexed
  const files = listBuiltFiles(live)
  await Promise.all(
    locales.map(async (locale) => {
      const pages = localePages(files, locale)
      const pagefind = await pagefindOf(locale)
      try {
        // Taken before the pages are read: a page replaced meanwhile has another identity, and is read again.
        const identities = await Promise.all(pages.map((page) => fileIdentity(path.join(live, locale, page))))
        const index = await newIndex(pagefind, live, locale, pages.length)
        indexed.set(locale, {
          pagefind,
          index,
          pages: new Map(pages.map((page, at) => [page, identities[at]!])),
        })
      } catch {
        await pagefind.close()
      }
    }),
  )
  return indexed
}

/**
 * Brings `live` to the locale's pages (`pages`, under client/<locale>/): the
 * pages written since it read them are added again, replacing theirs; returns
 * how many. The pages' identities are those the post-build's `facts` took
 * for their search views, not taken again. Undefined, changing nothing, when
 * the locale's pages are not those it holds (a page added or gone): Pagefind
 * cannot remove a page, and a page added last would order the bundle otherwise
 * than indexing them all.
 */
export async function catchUp(
  live: LiveIndex,
  client: string,
  locale: string,
  pages: readonly string[],
  facts: BuiltFileFacts,
): Promise<number | undefined> {
  if (pages.length !== live.pages.size || pages.some((page) => !live.pages.has(page))) return undefined
  const identities = await Promise.all(pages.map((page) => facts.identityOf(path.join(client, locale, page))))
  const written = pages.filter((page, at) => live.pages.get(page) !== identities[at])
  for (const page of written) {
    const content = await readFile(path.join(client, locale, page), 'utf8')
    const added = await live.index.addHTMLFile({ sourcePath: `${locale}/${page}`, content })
    if (added.errors.length > 0) throw new Error(added.errors.join('; '))
  }
  return written.length
}
