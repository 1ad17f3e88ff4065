import { createHash } from 'node:crypto'
import { readdir, readFile, stat } from 'node:fs/promises'
import path from 'node:path'

type FileState = { hash: string; inode: number; mtimeMs: number }

export type FileCounts = {
  added: number
  changed: number
  removed: number
  /** Same bytes, written again (a new inode or a new modification time). */
  unchangedRewritten: number
  /** Same bytes, same file (hard-linked or left in place): no work. */
  unchangedKept: number
}

export type ReleaseDiff = { pages: FileCounts; otherFiles: FileCounts }

async function filesOf(root: string): Promise<Map<string, FileState>> {
  const files = new Map<string, FileState>()
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const file = path.join(entry.parentPath, entry.name)
    const [bytes, info] = await Promise.all([readFile(file), stat(file)])
    files.set(path.relative(root, file), {
      hash: createHash('sha256').update(bytes).digest('hex'),
      inode: info.ino,
      mtimeMs: info.mtimeMs,
    })
  }
  return files
}

const zero = (): FileCounts => ({ added: 0, changed: 0, removed: 0, unchangedRewritten: 0, unchangedKept: 0 })

/**
 * What a new release did to the files of the one before: every file hashed;
 * pages are the HTML files, everything else (search index, feeds, kits,
 * images, compressed copies) counts as other files.
 */
export async function diffReleases(previous: string, next: string): Promise<ReleaseDiff> {
  const [before, after] = await Promise.all([filesOf(previous), filesOf(next)])
  const diff: ReleaseDiff = { pages: zero(), otherFiles: zero() }
  const countsFor = (file: string) => (file.endsWith('.html') ? diff.pages : diff.otherFiles)
  for (const [file, now] of after) {
    const then = before.get(file)
    const counts = countsFor(file)
    if (!then) counts.added += 1
    else if (then.hash !== now.hash) counts.changed += 1
    else if (then.inode === now.inode && then.mtimeMs === now.mtimeMs) counts.unchangedKept += 1
    else counts.unchangedRewritten += 1
  }
  for (const file of before.keys()) if (!after.has(file)) countsFor(file).removed += 1
  return diff
}
