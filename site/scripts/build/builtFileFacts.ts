import { createHash } from 'node:crypto'
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { searchView } from './searchView'

/** What the post-build steps need to know of a built text file. */
export type FileFacts = {
  size: number
  sha256: string
  /** The CSP sources (`'sha256-...'`) of an HTML page's inline scripts. */
  inlineScripts: string[]
  /** An HTML page's digest as Pagefind's index sees it (`searchView`); null for other files. */
  searchView: string | null
}

// Per the HTML parser, a script's text runs to the first "</script"; attributes decide whether it is inline.
const scriptElement = /<script\b([^>]*)>([\s\S]*?)<\/script/gi

function inlineScriptSources(html: string): string[] {
  const sources: string[] = []
  for (const [, attributes, text] of html.matchAll(scriptElement)) {
    if (/\bsrc\s*=/i.test(attributes!)) continue
    sources.push(`'sha256-${createHash('sha256').update(text!, 'utf8').digest('base64')}'`)
  }
  return sources
}

/** A file's identity: device, inode, size and modification time. A file written anew gets another. */
export async function fileIdentity(file: string): Promise<string> {
  const info = await stat(file)
  return `${info.dev}:${info.ino}:${info.size}:${info.mtimeMs}`
}

/**
 * The facts of the built files, remembered between builds by the file's
 * identity (device, inode, size and modification time), as git's index and
 * make do. A page Astro restored is a hard link to the last release's file, so
 * its facts are known without reading it: of 10,000 pages a one-document
 * publish changes a few dozen, and reading and hashing the others took seconds.
 * A file written anew, or changed in place, has another identity and is read.
 */
export class BuiltFileFacts {
  readonly #file: string
  readonly #known: Map<string, FileFacts>
  readonly #seen = new Map<string, FileFacts>()
  readonly #reading = new Map<string, Promise<FileFacts & { bytes: Buffer }>>()
  /** Each file's identity by path, when the files no longer change (`settled`). */
  readonly #identities?: Map<string, Promise<string>>

  private constructor(file: string, known: Map<string, FileFacts>, settled: boolean) {
    this.#file = file
    this.#known = known
    if (settled) this.#identities = new Map()
  }

  /**
   * The facts the last build remembered in `cacheDir`; none when there are none or they cannot be read.
   * `settled`: the files no longer change while these facts are asked for (after Astro, in the
   * post-build), so a file's identity is taken once however many steps ask: the post-build's three
   * steps asked 30,000 times for the 10,000 pages' facts.
   */
  static async open(cacheDir: string, { settled = false } = {}): Promise<BuiltFileFacts> {
    const file = path.join(cacheDir, 'built-file-facts.json')
    let known = new Map<string, FileFacts>()
    try {
      const saved = Object.entries(JSON.parse(await readFile(file, 'utf8')) as Record<string, FileFacts>)
      // Facts saved before a fact was added lack it: those files are read again.
      known = new Map(saved.filter(([, facts]) => facts.searchView !== undefined))
    } catch {
      // None yet, or unreadable: every file is read once and its facts written anew.
    }
    return new BuiltFileFacts(file, known, settled)
  }

  /** `file`'s identity (`fileIdentity`); taken once per file when the files are `settled`. */
  async identityOf(file: string): Promise<string> {
    let identity = this.#identities?.get(file)
    if (!identity) {
      identity = fileIdentity(file)
      this.#identities?.set(file, identity)
    }
    return identity
  }

  /** `file`'s facts, and its bytes when it had to be read for them. */
  async of(file: string): Promise<FileFacts & { bytes?: Buffer }> {
    const identity = await this.identityOf(file)
    const known = this.#seen.get(identity) ?? this.#known.get(identity)
    if (known) {
      this.#seen.set(identity, known)
      return known
    }
    // Steps run side by side ask for the same file: it is read once.
    let reading = this.#reading.get(identity)
    if (!reading) {
      reading = this.#read(file, identity).finally(() => this.#reading.delete(identity))
      this.#reading.set(identity, reading)
    }
    return reading
  }

  async #read(file: string, identity: string): Promise<FileFacts & { bytes: Buffer }> {
    const bytes = await readFile(file)
    const html = file.endsWith('.html') ? bytes.toString('utf8') : undefined
    const facts: FileFacts = {
      size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      inlineScripts: html === undefined ? [] : inlineScriptSources(html),
      searchView: html === undefined ? null : searchView(html),
    }
    this.#seen.set(identity, facts)
    return { ...facts, bytes }
  }

  /**
   * Remembers the facts of this build's files (only those: the files of older builds are gone or
   * kept as they were). `keepUnseen` keeps the facts opened with too, for a step that saw only
   * part of this build's files.
   */
  async save({ keepUnseen = false } = {}): Promise<void> {
    const facts = keepUnseen ? new Map([...this.#known, ...this.#seen]) : this.#seen
    // Under a temporary name and renamed: the next build reads whole facts or none.
    const temporary = `${this.#file}.${process.pid}`
    await mkdir(path.dirname(this.#file), { recursive: true })
    await writeFile(temporary, JSON.stringify(Object.fromEntries(facts)))
    await rename(temporary, this.#file)
  }
}
