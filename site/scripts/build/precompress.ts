import { readdir, rm } from 'node:fs/promises'
import path from 'node:path'

import type { BuiltFileFacts } from './builtFileFacts'
import { CompressedCopies, compressible, isTextFile } from './compressedCopies'
import { linkOrCopy } from './linkOrCopy'

/**
 * Writes `file.gz` and `file.br` beside every text file of the built site, so
 * nginx (gzip_static, brotli_static) and the hub's own server send compressed
 * bytes without compressing on each request. Pagefind's index files are
 * compressed by Pagefind already; images, PDFs and ZIPs gain nothing.
 * Pages are compressed while the search bundles are written (Pagefind works
 * in a process of its own), the bundles' files once `searchBundles` settles.
 * Compressed copies are kept by content (`CompressedCopies`), so a rebuild
 * compresses only the files whose bytes changed and links the others; a file
 * kept from the last release, or read ahead while Astro rendered
 * (`readAhead`), is not even read (`facts`). `files` are the built files
 * (`listBuiltFiles`).
 */
export async function precompress({
  client,
  cacheDir,
  files,
  facts,
  searchBundles,
}: {
  client: string
  cacheDir: string
  files: readonly string[]
  facts: BuiltFileFacts
  searchBundles: Promise<unknown>
}): Promise<void> {
  const copies = await CompressedCopies.open(cacheDir)

  /** Links the cached compressed copies of `file`'s bytes beside it, compressing them first if none are cached. */
  async function precompressFile(file: string): Promise<boolean> {
    const { size, sha256, bytes } = await facts.of(file)
    if (!compressible(file, size)) return false
    await copies.make(sha256, file, bytes)
    const entry = copies.entry(sha256)
    await Promise.all([linkOrCopy(`${entry}.gz`, `${file}.gz`), linkOrCopy(`${entry}.br`, `${file}.br`)])
    return true
  }

  let written = 0
  let total = 0
  async function precompressAll(names: readonly string[]): Promise<void> {
    const files = names.filter(isTextFile).map((name) => path.join(client, name))
    total += files.length
    // A few files at a time: the zlib pool has four threads, and 10,000 open files would exhaust descriptors.
    for (let start = 0; start < files.length; start += 16) {
      const done = await Promise.all(files.slice(start, start + 16).map(precompressFile))
      written += done.filter(Boolean).length
    }
  }

  await precompressAll(files)
  await searchBundles
  const searchFiles = await readdir(path.join(client, 'pagefind'), { recursive: true }).catch(() => [])
  await precompressAll(searchFiles.map((name) => path.join('pagefind', name)))
  // Copies no page of this release needs any more.
  for (const name of await readdir(copies.dir))
    if (!copies.asked(name.replace(/\.(gz|br)$/, ''))) await rm(path.join(copies.dir, name), { force: true })
  console.log(`Precompressed ${written} of ${total} text files (gzip and brotli).`)
}
