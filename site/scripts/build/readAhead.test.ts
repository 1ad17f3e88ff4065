import { mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { BuiltFileFacts } from './builtFileFacts'
import { listBuiltFiles } from './builtFiles'
import { CompressedCopies } from './compressedCopies'
import { precompress } from './precompress'
import { readAhead } from './readAhead'

describe('reading the built files ahead, while Astro still writes them', () => {
  let work: string
  let client: string
  let cacheDir: string
  const page = (text: string) => `<!doctype html><p>${`${text} `.repeat(80)}</p>\n`

  beforeEach(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'read-ahead-'))
    client = path.join(work, 'client')
    cacheDir = path.join(work, 'cache')
    vi.spyOn(console, 'log').mockImplementation(() => undefined)
  })
  afterEach(async () => {
    vi.restoreAllMocks()
    await rm(work, { recursive: true, force: true })
  })

  /** Writes a page as Astro does: under a temporary name, renamed into place. */
  async function writePage(route: string, html: string) {
    const file = path.join(client, route, 'index.html')
    await mkdir(path.dirname(file), { recursive: true })
    await writeFile(`${file}.tmp`, html)
    await rename(`${file}.tmp`, file)
  }

  /** The post-build's compression of `client`, with the facts the read-ahead saved. */
  const precompressAsPostBuild = (facts: BuiltFileFacts) =>
    precompress({ client, cacheDir, files: listBuiltFiles(client), facts, searchBundles: Promise.resolve() })

  /** Starts a read-ahead of `client`, as `readAhead.ts` does beside Astro; `stop` tells it Astro is done. */
  async function startReadAhead() {
    const facts = await BuiltFileFacts.open(cacheDir)
    const copies = await CompressedCopies.open(cacheDir)
    let stop!: () => void
    const stopped = new Promise<void>((resolve) => (stop = resolve))
    return { facts, copies, stop, reading: readAhead({ client, facts, copies, stopped }) }
  }

  /** Waits, a bounded while, until `done` holds. */
  async function until(done: () => Promise<boolean>) {
    for (let tries = 0; tries < 200; tries++) {
      if (await done()) return
      await new Promise((resolve) => setTimeout(resolve, 25))
    }
    throw new Error('The read-ahead did not get there')
  }

  it('reads and compresses pages as they appear, so the post-build neither reads nor compresses them', async () => {
    const { facts, copies, stop, reading } = await startReadAhead()
    // The pages come one after the other, the output folder itself after the read-ahead started.
    await writePage('en', page('Know your rights'))
    await until(async () => (await readdir(copies.dir)).length === 2)
    await writePage('en/guides', page('Recognising the signs'))
    await until(async () => (await readdir(copies.dir)).length === 4)
    stop()
    expect(await reading).toBe(2)
    await facts.save({ keepUnseen: true })

    const next = await BuiltFileFacts.open(cacheDir, { settled: true })
    const known = await next.of(path.join(client, 'en', 'guides', 'index.html'))
    expect(known.bytes).toBeUndefined()
    const inodes = async () =>
      Promise.all(
        (await readdir(copies.dir))
          .sort()
          .map(async (name) => [name, (await stat(path.join(copies.dir, name))).ino]),
      )
    const madeAhead = await inodes()
    await precompressAsPostBuild(next)
    expect(await inodes()).toEqual(madeAhead)
    const gz = await readFile(path.join(client, 'en', 'guides', 'index.html.gz'))
    expect(gunzipSync(gz).toString('utf8')).toBe(page('Recognising the signs'))
  })

  it('leaves a page replaced after it was read to the post-build, which compresses the final bytes', async () => {
    const { facts, copies, stop, reading } = await startReadAhead()
    await writePage('en', page('First draft'))
    await until(async () => (await readdir(copies.dir)).length === 2)
    await writePage('en', page('Final text'))
    stop()
    await reading
    await facts.save({ keepUnseen: true })

    await precompressAsPostBuild(await BuiltFileFacts.open(cacheDir, { settled: true }))
    const gz = await readFile(path.join(client, 'en', 'index.html.gz'))
    expect(gunzipSync(gz).toString('utf8')).toBe(page('Final text'))
    // The first draft's copies are dropped with the build's other unused copies.
    expect(await readdir(copies.dir)).toHaveLength(2)
  })

  it('stops when told, even with nothing to read yet', async () => {
    const reading = readAhead({
      client,
      facts: await BuiltFileFacts.open(cacheDir),
      copies: await CompressedCopies.open(cacheDir),
      stopped: Promise.resolve(),
    })
    expect(await reading).toBe(0)
  })
})
