import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { BuiltFileFacts } from './builtFileFacts'
import { listBuiltFiles } from './builtFiles'
import { precompress } from './precompress'

describe('compressed copies beside the text files, kept by content', () => {
  let work: string
  let client: string
  let cacheDir: string
  const script = `export const search = ${JSON.stringify('pagefind '.repeat(200))}\n`
  // As the post-build runs it: the files listed before the search bundles are written.
  const runPrecompress = async (searchBundles: Promise<unknown>) =>
    precompress({
      client,
      cacheDir,
      files: listBuiltFiles(client),
      facts: await BuiltFileFacts.open(cacheDir, { settled: true }),
      searchBundles,
    })

  beforeEach(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'precompress-'))
    client = path.join(work, 'client')
    cacheDir = path.join(work, 'cache')
    vi.spyOn(console, 'log').mockImplementation(() => undefined)
  })
  afterEach(async () => {
    vi.restoreAllMocks()
    await rm(work, { recursive: true, force: true })
  })

  it('compresses files with the same bytes once and hard-links the copies from the cache', async () => {
    // Every locale's Pagefind bundle has the same pagefind.js, compressed side by side.
    for (const locale of ['en', 'es', 'fr', 'ar', 'th']) {
      await mkdir(path.join(client, 'pagefind', locale), { recursive: true })
      await writeFile(path.join(client, 'pagefind', locale, 'pagefind.js'), script)
    }
    await runPrecompress(Promise.resolve())
    const cached = await readdir(path.join(cacheDir, 'precompressed'))
    expect(cached.sort()).toEqual([
      expect.stringMatching(/^[0-9a-f]{64}\.br$/),
      expect.stringMatching(/\.gz$/),
    ])
    const gz = cached.find((name) => name.endsWith('.gz'))!
    const inCache = await stat(path.join(cacheDir, 'precompressed', gz))
    for (const locale of ['en', 'es', 'fr', 'ar', 'th']) {
      const copy = path.join(client, 'pagefind', locale, 'pagefind.js.gz')
      expect(gunzipSync(await readFile(copy)).toString('utf8')).toBe(script)
      expect((await stat(copy)).ino).toBe(inCache.ino)
    }
  })
  it('compresses the pages while the search bundles are written, and the bundles once they are', async () => {
    const page = `<!doctype html><p>${'Know your rights at work. '.repeat(60)}</p>\n`
    await mkdir(path.join(client, 'en', 'guides'), { recursive: true })
    await writeFile(path.join(client, 'en', 'guides', 'index.html'), page)
    let pageCompressedFirst = false
    const searchBundles = (async () => {
      // As Pagefind does: the bundle appears while the pages are being compressed.
      for (let tries = 0; tries < 200 && !pageCompressedFirst; tries += 1) {
        pageCompressedFirst = await stat(path.join(client, 'en', 'guides', 'index.html.br')).then(
          () => true,
          () => false,
        )
        await new Promise((resolve) => setTimeout(resolve, 10))
      }
      await mkdir(path.join(client, 'pagefind', 'en'), { recursive: true })
      await writeFile(path.join(client, 'pagefind', 'en', 'pagefind.js'), script)
    })()
    await runPrecompress(searchBundles)
    expect(pageCompressedFirst).toBe(true)
    const bundleCopy = path.join(client, 'pagefind', 'en', 'pagefind.js.gz')
    expect(gunzipSync(await readFile(bundleCopy)).toString('utf8')).toBe(script)
  })
})
