import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'

const textFile = /\.(html|css|js|mjs|json|xml|svg|txt|ics|webmanifest)$/
// Below this a compressed copy saves less than a packet.
const smallest = 512

/** Whether a built file of this name may get compressed copies, its size unknown yet. */
export const isTextFile = (file: string) => textFile.test(file)

/** Whether a built file of this name and size gets compressed copies. */
export const compressible = (file: string, size: number) => isTextFile(file) && size >= smallest

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
 * The gzip and brotli copies of built files' bytes, kept by content (their
 * SHA-256) in `cacheDir/precompressed`, so a rebuild compresses only bytes no
 * build compressed before. Each copy is written under a temporary name and
 * renamed: it is whole or absent, whoever reads it and whenever. Copies are
 * removed only by the post-build, after it linked those it needs
 * (`precompress`), and builds run one at a time: a copy present when the cache
 * is opened stays while it is open.
 */
export class CompressedCopies {
  readonly dir: string
  // By content: files with the same bytes (each locale's pagefind.js) share one compression, even side by side.
  readonly #made = new Map<string, Promise<void>>()
  /** The copies in the cache when it was opened: listed once, not looked up one by one (20,000 lookups at 10,000 pages). */
  readonly #present: ReadonlySet<string>

  private constructor(dir: string, present: ReadonlySet<string>) {
    this.dir = dir
    this.#present = present
  }

  static async open(cacheDir: string): Promise<CompressedCopies> {
    const dir = path.join(cacheDir, 'precompressed')
    await mkdir(dir, { recursive: true })
    return new CompressedCopies(dir, new Set(await readdir(dir)))
  }

  /** Where the copies of the bytes named `sha256` are, less their `.gz` and `.br`. */
  entry(sha256: string): string {
    return path.join(this.dir, sha256)
  }

  /** Whether this process asked for the copies of these bytes. */
  asked(sha256: string): boolean {
    return this.#made.has(sha256)
  }

  /** Compresses `file`'s bytes (`bytes` when already read) into the cache, unless this build or one before it did. */
  make(sha256: string, file: string, bytes?: Buffer): Promise<void> {
    let done = this.#made.get(sha256)
    if (!done) {
      done = (async () => {
        if (this.#present.has(`${sha256}.gz`) && this.#present.has(`${sha256}.br`)) return
        const entry = this.entry(sha256)
        const [gzipped, brotli] = await compressed(bytes ?? (await readFile(file)))
        const temporary = `${entry}.${process.pid}`
        await Promise.all([writeFile(`${temporary}.gz`, gzipped), writeFile(`${temporary}.br`, brotli)])
        await Promise.all([
          rename(`${temporary}.gz`, `${entry}.gz`),
          rename(`${temporary}.br`, `${entry}.br`),
        ])
      })()
      this.#made.set(sha256, done)
    }
    return done
  }
}
