import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'

import type { BuiltFileFacts } from './builtFileFacts'
import { linkOrCopy } from './linkOrCopy'

const textFile = /\.(html|css|js|mjs|json|xml|svg|txt|ics|webmanifest)$/
// Below this a compressed copy saves less than a packet.
const smallest = 512

const toGzip = promisify(gzip)
const toBrotli = promisify(brotliCompress)

async function compressed(bytes: Buffer): Promise<[Buffer, Buffer]> {
  return Promise.all([
    toGzip(bytes, { level: 6 }),
    toBrotli(bytes, {
      params: {
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        // On a 15 KB page quality 5 is 12 % larger than 11 and 25 times faster (3 ms); 9 is no smaller
        // than 5. A publish rewrites thousands of pages, so speed wins.
        [constants.BROTLI_PARAM_QUALITY]: 5,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
  ])
}

/**
 * Writes `file.gz` and `file.br` beside every text file of the built site, so
 * nginx (gzip_static, brotli_static) and the hub's own server send compressed
 * bytes without compressing on each request. Pagefind's index files are
 * compressed by Pagefind already; images, PDFs and ZIPs gain nothing.
 * Pages are compressed while the search bundles are written (Pagefind works
 * in a process of its own), the bundles' files once `searchBundles` settles.
 * Compressed copies are kept by content in `cacheDir/precompressed`, so a
 * rebuild compresses only the files whose bytes changed and links the others;
 * a file kept from the last release is not even read (`facts`).
 */
export async function precompress(
  client: string,
  cacheDir: string,
  facts: BuiltFileFacts,
  searchBundles: Promise<unknown>,
): Promise<void> {
  const cache = path.join(cacheDir, 'precompressed')
  // By content: files with the same bytes (each locale's pagefind.js) share one compression, even side by side.
  const cached = new Map<string, Promise<void>>()

  /** Compresses `file`'s bytes into the cache under `name`, unless this build or one before it did. */
  function compressInto(name: string, file: string, bytes?: Buffer): Promise<void> {
    let done = cached.get(name)
    if (!done) {
      done = (async () => {
        const entry = path.join(cache, name)
        const present = await Promise.all([stat(`${entry}.gz`), stat(`${entry}.br`)]).then(
          () => true,
          () => false,
        )
        if (present) return
        const [gzipped, brotli] = await compressed(bytes ?? (await readFile(file)))
        // Written under a temporary name and renamed: a cached copy is whole or absent.
        const temporary = `${entry}.${process.pid}`
        await Promise.all([writeFile(`${temporary}.gz`, gzipped), writeFile(`${temporary}.br`, brotli)])
        await Promise.all([
          rename(`${temporary}.gz`, `${entry}.gz`),
          rename(`${temporary}.br`, `${entry}.br`),
        ])
      })()
      cached.set(name, done)
    }
    return done
  }

  /** Links the cached compressed copies of `file`'s bytes beside it, compressing them first if none are cached. */
  async function precompressFile(file: string): Promise<boolean> {
    const { size, sha256: name, bytes } = await facts.of(file)
    if (size < smallest) return false
    await compressInto(name, file, bytes)
    const entry = path.join(cache, name)
    await Promise.all([linkOrCopy(`${entry}.gz`, `${file}.gz`), linkOrCopy(`${entry}.br`, `${file}.br`)])
    return true
  }

  let written = 0
  let total = 0
  async function precompressAll(names: string[]): Promise<void> {
    const files = names.filter((name) => textFile.test(name)).map((name) => path.join(client, name))
    total += files.length
    // A few files at a time: the zlib pool has four threads, and 10,000 open files would exhaust descriptors.
    for (let start = 0; start < files.length; start += 16) {
      const done = await Promise.all(files.slice(start, start + 16).map(precompressFile))
      written += done.filter(Boolean).length
    }
  }

  await mkdir(cache, { recursive: true })
  // Listed by top-level folder: client/pagefind is being written meanwhile.
  for (const entry of await readdir(client, { withFileTypes: true })) {
    if (entry.name === 'pagefind') continue
    const names = entry.isDirectory()
      ? (await readdir(path.join(client, entry.name), { recursive: true })).map((name) =>
          path.join(entry.name, name),
        )
      : [entry.name]
    await precompressAll(names)
  }
  await searchBundles
  const searchFiles = await readdir(path.join(client, 'pagefind'), { recursive: true }).catch(() => [])
  await precompressAll(searchFiles.map((name) => path.join('pagefind', name)))
  // Copies no page of this release needs any more.
  for (const name of await readdir(cache))
    if (!cached.has(name.replace(/\.(gz|br)$/, ''))) await rm(path.join(cache, name), { force: true })
  console.log(`Precompressed ${written} of ${total} text files (gzip and brotli).`)
}
