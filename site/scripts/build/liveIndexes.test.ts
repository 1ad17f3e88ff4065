import { createHash } from 'node:crypto'
import { link, mkdir, mkdtemp, readdir, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { BuiltFileFacts } from './builtFileFacts'
import { listBuiltFiles } from './builtFiles'
import { indexLiveRelease } from './liveIndexes'
import { writeSearchBundles } from './searchBundles'

const page = (text: string) =>
  `<!doctype html><html lang="en"><body><main data-pagefind-body><h1>${text}</h1><p>${text} in detail.</p></main></body></html>`

/** Every file under `dir` and the SHA-256 of its bytes, by path. */
async function fileHashes(dir: string): Promise<Record<string, string>> {
  const hashes: Record<string, string> = {}
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const file = path.join(entry.parentPath, entry.name)
    hashes[path.relative(dir, file)] = createHash('sha256')
      .update(await readFile(file))
      .digest('hex')
  }
  return hashes
}

describe("the live release's search indexes, made while a build waits for its publish", () => {
  let work: string
  let log: string[]
  /** A release's page, written anew (a new file renamed into place), as Astro writes a page it rendered. */
  const write = async (release: string, file: string, content: string) => {
    const full = path.join(work, release, 'client', file)
    await mkdir(path.dirname(full), { recursive: true })
    await writeFile(`${full}.tmp`, content)
    await rename(`${full}.tmp`, full)
  }
  /** The search bundles of `release`, as the post-build writes them: with `live` indexes, or without. */
  const bundles = async (release: string, live?: Awaited<ReturnType<typeof indexLiveRelease>>) => {
    const client = path.join(work, release, 'client')
    const cacheDir = path.join(work, `${release}-${live ? 'live' : 'all'}.cache`)
    const facts = await BuiltFileFacts.open(cacheDir, { settled: true })
    await writeSearchBundles({
      client,
      cacheDir,
      files: listBuiltFiles(client),
      locales: ['en'],
      facts,
      live,
    })
    return fileHashes(path.join(client, 'pagefind', 'en'))
  }

  beforeEach(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'live-indexes-'))
    for (const slug of ['a', 'b', 'c', 'd'])
      await write('live', `en/guides/${slug}/index.html`, page(`Guide ${slug}`))
    await write('live', 'en/index.html', page('Resources'))
    // The build link, as the CMS keeps it: at the live release until the next build starts.
    await symlink(path.join(work, 'live'), path.join(work, 'build'))
    log = []
    vi.spyOn(console, 'log').mockImplementation((line: string) => void log.push(line))
  })
  afterEach(async () => {
    vi.restoreAllMocks()
    await rm(work, { recursive: true, force: true })
  })

  /** The next release: the live one's pages as hard links (as Astro restores them), then `changes`. */
  const nextRelease = async (changes: (release: string) => Promise<void>) => {
    const live = path.join(work, 'live', 'client')
    for (const file of listBuiltFiles(live)) {
      const target = path.join(work, 'next', 'client', file)
      await mkdir(path.dirname(target), { recursive: true })
      await link(path.join(live, file), target)
    }
    await changes('next')
  }

  it('reads only the pages written since, and writes the bundle indexing every page would', async () => {
    const live = await indexLiveRelease(path.join(work, 'build', 'client'), ['en'])
    // The next build starts: the build link moves on; the indexes hold the release they read.
    await rm(path.join(work, 'build'))
    await symlink(path.join(work, 'next'), path.join(work, 'build'))
    await nextRelease(async (release) => {
      await write(release, 'en/guides/b/index.html', page('Guide b, with the new hotline'))
      await write(release, 'en/index.html', page('Resources, revised'))
    })
    const withLive = await bundles('next', live)

    expect(log).toContain(
      'Search index en: indexed 5 pages (5 searchable; 2 read again, the others indexed while the build waited).',
    )
    expect(withLive).toEqual(await bundles('next'))
  })

  it('indexes every page when a page was added, as without them', async () => {
    const live = await indexLiveRelease(path.join(work, 'build', 'client'), ['en'])
    await nextRelease((release) => write(release, 'en/guides/e/index.html', page('Guide e')))
    const withLive = await bundles('next', live)

    expect(log).toContain('Search index en: indexed 6 pages (6 searchable).')
    expect(withLive).toEqual(await bundles('next'))
  })

  it('leaves the search to the post-build when there is no live release yet', async () => {
    expect((await indexLiveRelease(path.join(work, 'none', 'client'), ['en'])).size).toBe(0)
  })
})
