import { readdir } from 'node:fs/promises'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

import type { BuiltFileFacts } from './builtFileFacts'
import { type CompressedCopies, compressible, isTextFile } from './compressedCopies'

// How long a pass that found nothing new waits before listing the files again.
const pause = 250

/**
 * Learns the facts (`facts`) of the text files Astro writes into `client` and
 * makes their compressed copies (`copies`), while Astro is still rendering,
 * until `stopped` settles; returns how many files it read. Astro renders pages
 * on one thread, so on two cores the other is idle for most of a full build:
 * this is the post-build's reading and compressing, done then instead of after.
 * What it learns is kept by file identity and by content, so a file it read
 * before Astro replaced it costs only the work: the post-build reads the new
 * file, and what nothing uses is dropped with the build's other unused copies.
 */
export async function readAhead({
  client,
  facts,
  copies,
  stopped,
}: {
  client: string
  facts: BuiltFileFacts
  copies: CompressedCopies
  stopped: Promise<unknown>
}): Promise<number> {
  let stopping = false
  void stopped.then(() => (stopping = true))
  const listed = new Set<string>()
  let read = 0
  while (!stopping) {
    // Directories come and go while Astro writes: a listing that fails is tried again.
    const names = await readdir(client, { recursive: true }).catch(() => [])
    const fresh = names.filter((name) => !listed.has(name) && isTextFile(name))
    for (const name of fresh) {
      if (stopping) break
      listed.add(name)
      const file = path.join(client, name)
      try {
        const { size, sha256, bytes } = await facts.of(file)
        if (bytes) read += 1
        if (compressible(file, size)) await copies.make(sha256, file, bytes)
      } catch {
        // Gone or replaced while read: the post-build reads what is there at the end.
      }
    }
    if (fresh.length === 0) await Promise.race([stopped, sleep(pause)])
  }
  return read
}
