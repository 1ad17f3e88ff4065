import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { BuiltFileFacts } from './builtFileFacts'
import { listBuiltFiles } from './builtFiles'
import { writeSearchBundles } from './searchBundles'

const page = (lang: string, text: string) =>
  `<!doctype html><html lang="${lang}"><body><main data-pagefind-body><h1>${text}</h1></main></body></html>`

describe('one search bundle per locale, reused while its pages are unchanged', () => {
  let work: string
  let client: string
  let cacheDir: string
  let log: string[]
  const cached = () => readdir(path.join(cacheDir, 'pagefind'))
  const write = async (file: string, content: string | Buffer) => {
    await mkdir(path.dirname(path.join(client, file)), { recursive: true })
    await writeFile(path.join(client, file), content)
  }
  // As the post-build does: the facts of the last build's pages, saved for the next.
  const build = async () => {
    const facts = await BuiltFileFacts.open(cacheDir, { settled: true })
    const files = listBuiltFiles(client)
    await writeSearchBundles({ client, cacheDir, files, locales: ['en', 'fr'], facts })
    await facts.save()
  }

  beforeEach(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'search-bundles-'))
    client = path.join(work, 'client')
    cacheDir = path.join(work, 'cache')
    await write('index.html', page('en', 'Choose a language'))
    await write('en/guides/a/index.html', page('en', 'Trafficking signs'))
    await write('fr/guides/a/index.html', page('fr', 'Signes de traite'))
    log = []
    vi.spyOn(console, 'log').mockImplementation((line: string) => void log.push(line))
  })
  afterEach(async () => {
    vi.restoreAllMocks()
    await rm(work, { recursive: true, force: true })
  })

  it('indexes each locale into a bundle of its own, linked from the cache, and re-indexes only a changed locale', async () => {
    await build()
    expect(log.filter((line) => /^Search index (en|fr):/.test(line))).toEqual([
      'Search index en: indexed 1 pages (1 searchable).',
      'Search index fr: indexed 1 pages (1 searchable).',
    ])
    expect(await readdir(path.join(client, 'pagefind'))).toEqual(['en', 'fr'])
    const entry = JSON.parse(
      await readFile(path.join(client, 'pagefind', 'fr', 'pagefind-entry.json'), 'utf8'),
    )
    expect(Object.keys(entry.languages)).toEqual(['fr'])
    const [english, french] = (await cached()).sort()
    expect([english, french]).toEqual([expect.stringMatching(/^en-/), expect.stringMatching(/^fr-/)])
    // The release's files are the cache's, hard-linked.
    const inRelease = await stat(path.join(client, 'pagefind', 'fr', 'pagefind-entry.json'))
    const inCache = await stat(path.join(cacheDir, 'pagefind', french!, 'pagefind-entry.json'))
    expect(inRelease.ino).toBe(inCache.ino)

    await write('en/guides/a/index.html', page('en', 'Trafficking signs, revised'))
    log = []
    await build()
    expect(log.filter((line) => /^Search index (en|fr):/.test(line))).toEqual([
      'Search index en: indexed 1 pages (1 searchable).',
      'Search index fr: reused (1 pages, unchanged as search reads them).',
    ])
    const [revised, kept] = (await cached()).sort()
    expect(revised).not.toBe(english)
    expect(kept).toBe(french)
  })

  it("reuses a locale's bundle when its pages changed only where Pagefind does not read them", async () => {
    const dated = (date: string) =>
      `<!doctype html><html lang="fr"><body><main data-pagefind-body><h1>Signes de traite</h1>` +
      `<dl data-pagefind-ignore><dt>Mis à jour</dt><dd>${date}</dd></dl></main></body></html>`
    await write('fr/guides/a/index.html', dated('1 mars'))
    await build()
    await write('fr/guides/a/index.html', dated('2 mars'))
    log = []
    await build()
    expect(log.filter((line) => /^Search index (en|fr):/.test(line))).toEqual([
      'Search index en: reused (1 pages, unchanged as search reads them).',
      'Search index fr: reused (1 pages, unchanged as search reads them).',
    ])
  })

  it('fails naming the locale when Pagefind cannot index one of its pages, leaving no cache entry for it', async () => {
    // Gzip's magic bytes with no gzip stream after them: Pagefind cannot read the page and skips it.
    await write('fr/guides/b/index.html', Buffer.concat([Buffer.from([0x1f, 0x8b, 0x08]), Buffer.from('x')]))
    await expect(build()).rejects.toThrow(
      'The search index of locale "fr" could not be built: Pagefind read 1 of the 2 pages in fr/',
    )
    expect(await cached()).toEqual([expect.stringMatching(/^en-[0-9a-f]+$/)])

    await write('fr/guides/b/index.html', page('fr', 'Droits au travail'))
    log = []
    await build()
    expect(log.filter((line) => /^Search index (en|fr):/.test(line))).toEqual([
      'Search index en: reused (1 pages, unchanged as search reads them).',
      'Search index fr: indexed 2 pages (2 searchable).',
    ])
  })

  it('fails naming the locale when its Pagefind service stops while indexing, instead of waiting for it forever', async () => {
    // Enough pages that the service is still reading them when it is stopped; French alone, so the
    // service stopped is French's.
    for (let at = 0; at < 400; at += 1)
      await write(`fr/pages/${at}/index.html`, page('fr', `Page ${at} ${'mot '.repeat(200)}`))
    const facts = await BuiltFileFacts.open(cacheDir, { settled: true })
    const files = listBuiltFiles(client)
    const built = writeSearchBundles({ client, cacheDir, files, locales: ['fr'], facts })
    expect(await stopBusyPagefindService()).toBe(true)
    await expect(built).rejects.toThrow(
      'The search index of locale "fr" could not be built: Pagefind backend closed: The Pagefind service stopped (signal SIGKILL)',
    )
    expect((await cached()).filter((name) => name.endsWith('.partial'))).toEqual([])
  })
})

/**
 * Stops, as a crash would (SIGKILL: it answers nothing more), the first
 * Pagefind service of this process found working on a request: 30 ms of CPU
 * used. False if none was within 10 s.
 */
async function stopBusyPagefindService(): Promise<boolean> {
  for (let tries = 0; tries < 2000; tries += 1) {
    for (const entry of await readdir('/proc')) {
      if (!/^\d+$/.test(entry)) continue
      const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '')
      // pid (comm) state ppid ...: the name may hold spaces, so read after its closing parenthesis.
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'))
      const [, parent, , , , , , , , , , userTicks, systemTicks] = stat
        .slice(stat.lastIndexOf(')') + 2)
        .split(' ')
      const busy = Number(userTicks) + Number(systemTicks) >= 3
      if (Number(parent) === process.pid && name.startsWith('pagefind') && busy) {
        process.kill(Number(entry), 'SIGKILL')
        return true
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
  return false
}
