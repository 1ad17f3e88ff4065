import { createHash } from 'node:crypto'
import { mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type * as Pagefind from 'pagefind'

import type { BuiltFileFacts } from './builtFileFacts'
import { linkTree } from './linkOrCopy'
import { localePages, newIndex, pagefindOf, searchOptions } from './pagefindServices'
import { catchUp, type LiveIndex } from './liveIndexes'
import { searchViewVersion } from './searchView'

// The search page has a form of its own on Pagefind's JavaScript API (components/search), searching
// without a worker: Pagefind's ready-made interfaces, its highlighter and its worker stay out of the release.
const unused = /^pagefind-(ui|component-ui|modular-ui|highlight|worker)\./
// Loaded only for a language Pagefind has no stemmer for (Thai).
const fallbackWasm = 'wasm.unknown.pagefind'

async function pagefindVersion(): Promise<string> {
  const entry = fileURLToPath(import.meta.resolve('pagefind'))
  return JSON.parse(await readFile(path.join(path.dirname(entry), '..', 'package.json'), 'utf8')).version
}

/**
 * The HTML pages of one locale (paths under client/<locale>/) and the key of
 * the bundle Pagefind makes of them: their paths and what Pagefind reads of
 * them (`searchView`), Pagefind's version and its options. A page
 * restored by hard link has known facts and is not read; the others are read
 * a few at a time, never all at once. `files` are the built files, sorted.
 */
async function bundleKey(
  client: string,
  files: readonly string[],
  locale: string,
  version: string,
  facts: BuiltFileFacts,
) {
  const dir = path.join(client, locale)
  const pages = localePages(files, locale)
  const hash = createHash('sha256').update(
    JSON.stringify({
      version,
      searchViewVersion,
      options: searchOptions(locale),
      unused: unused.source,
      fallbackWasm,
    }),
  )
  for (let start = 0; start < pages.length; start += 16) {
    const batch = pages.slice(start, start + 16)
    const views = await Promise.all(
      batch.map(async (page) => (await facts.of(path.join(dir, page))).searchView),
    )
    views.forEach((view, at) => hash.update(`\n${batch[at]}\0${view}`))
  }
  return { pages, key: hash.digest('hex').slice(0, 32) }
}

/**
 * Indexes the pages of client/<locale>/ (`pages`) into the bundle directory `target`. With the
 * live release's pages indexed (`live`) and the same pages now, only those written since are read.
 * Returns how many pages are searchable, and then how many were read again.
 */
async function indexLocale(
  pagefind: typeof Pagefind,
  client: string,
  locale: string,
  pages: readonly string[],
  target: string,
  live: LiveIndex | undefined,
  facts: BuiltFileFacts,
): Promise<{ searchable: number; readAgain?: number }> {
  const readAgain = live && (await catchUp(live, client, locale, pages, facts))
  if (live && readAgain === undefined) await live.index.deleteIndex()
  const index =
    live && readAgain !== undefined ? live.index : await newIndex(pagefind, client, locale, pages.length)
  try {
    const written = await index.writeFiles({ outputPath: target })
    if (written.errors.length > 0) throw new Error(written.errors.join('; '))
  } finally {
    await index.deleteIndex()
  }
  const entry = JSON.parse(await readFile(path.join(target, 'pagefind-entry.json'), 'utf8'))
  // No entry for the language when none of the locale's pages has text to index.
  const language: { wasm: string | null; page_count: number } | undefined = entry.languages[locale]
  for (const file of await readdir(target))
    if (unused.test(file) || (file === fallbackWasm && language?.wasm)) await rm(path.join(target, file))
  return { searchable: language?.page_count ?? 0, readAgain }
}

/**
 * Writes one Pagefind bundle per locale at client/pagefind/<locale>/, so a
 * reader downloads only their language's index, and a publish re-indexes only
 * the locales whose pages changed as Pagefind reads them (a page's date or the
 * site's hotline, outside the index, do not count). Bundles are kept by key in
 * `cacheDir/pagefind/<locale>-<key>/` (written under a temporary name and
 * renamed, so an entry is whole or absent) and hard-linked into the release;
 * entries this release does not use are removed. Only elements marked
 * `data-pagefind-body` are indexed; pages outside every locale (the language
 * chooser, 404) are not searched. Pages are found in `files` (`listBuiltFiles`)
 * and known by their `facts`. The locales are indexed side by side, each by a
 * Pagefind service of its own; `live` holds the live release's indexes a
 * build started ahead made while it waited (liveIndexes.ts), all closed when done.
 */
export async function writeSearchBundles({
  client,
  cacheDir,
  files,
  locales,
  facts,
  live = new Map(),
}: {
  client: string
  cacheDir: string
  files: readonly string[]
  locales: readonly string[]
  facts: BuiltFileFacts
  live?: Map<string, LiveIndex>
}): Promise<void> {
  const started = performance.now()
  const cache = path.join(cacheDir, 'pagefind')
  await mkdir(cache, { recursive: true })
  await rm(path.join(client, 'pagefind'), { recursive: true, force: true })
  const version = await pagefindVersion()

  /** The locale's bundle from the cache, or indexed into it; linked into the release. Says what it did. */
  async function bundle(locale: string): Promise<{ name: string; said: string }> {
    const { pages, key } = await bundleKey(client, files, locale, version, facts)
    const name = `${locale}-${key}`
    const cached = path.join(cache, name)
    let said = `Search index ${locale}: reused (${pages.length} pages, unchanged as search reads them).`
    const reusable = await stat(cached).then(
      () => true,
      () => false,
    )
    if (!reusable) {
      const partial = `${cached}.partial`
      await rm(partial, { recursive: true, force: true })
      const pagefind = await pagefindOf(locale)
      try {
        const { searchable, readAgain } = await indexLocale(
          pagefind,
          client,
          locale,
          pages,
          partial,
          live.get(locale),
          facts,
        )
        await rename(partial, cached)
        const read =
          readAgain === undefined
            ? ''
            : `; ${readAgain} read again, the others indexed while the build waited`
        said = `Search index ${locale}: indexed ${pages.length} pages (${searchable} searchable${read}).`
      } catch (error) {
        await rm(partial, { recursive: true, force: true })
        const reason = (error as Error).message
        throw new Error(`The search index of locale "${locale}" could not be built: ${reason}`, {
          cause: error,
        })
      } finally {
        await pagefind.close()
      }
    }
    await linkTree(cached, path.join(client, 'pagefind', locale))
    return { name, said }
  }

  // Every locale settles, its service closed; the log and the first failure follow the locales' order.
  const settled = await Promise.allSettled(locales.map(bundle))
  await Promise.all([...live.values()].map(({ pagefind }) => pagefind.close()))
  const used = new Set<string>()
  for (const outcome of settled) {
    if (outcome.status === 'rejected') throw outcome.reason
    used.add(outcome.value.name)
    console.log(outcome.value.said)
  }
  for (const name of await readdir(cache))
    if (!used.has(name)) await rm(path.join(cache, name), { recursive: true, force: true })
  console.log(
    `Search index: ${locales.length} locales in ${((performance.now() - started) / 1000).toFixed(2)} s.`,
  )
}
