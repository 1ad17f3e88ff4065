import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { open, readdir } from 'node:fs/promises'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'

import { lookup } from 'mrmime'

import { mediaType, mediaTypeSampleBytes } from '../site/mediaType'
import { cacheControlFor } from './cachePolicy'

/** The headers an object is stored with, as a static host or CDN sends them to readers. */
export type ObjectHeaders = {
  ContentType: string
  ContentEncoding?: string
  CacheControl: string
  ContentDisposition?: string
}

/** A file of a release's client/ folder, as an object in a bucket. */
export type ReleaseObject = {
  key: string
  file: string
  /** Hex, as S3 reports an object uploaded in one piece in its ETag. */
  md5: string
  /** A page (or a compressed copy of one): uploaded after the files pages refer to. */
  page: boolean
  headers: ObjectHeaders
}

const utf8Types = /^(text\/|application\/(javascript|json|manifest\+json|xml|rss\+xml)$|image\/svg\+xml$)/
const encodings: Record<string, string> = { '.br': 'br', '.gz': 'gzip' }

function typeByName(name: string): string {
  const type = lookup(name) ?? 'application/octet-stream'
  return utf8Types.test(type) ? `${type}; charset=utf-8` : type
}

async function md5Of(file: string): Promise<string> {
  const hash = createHash('md5')
  await pipeline(createReadStream(file), hash)
  return hash.digest('hex')
}

async function headOf(file: string): Promise<Uint8Array> {
  const handle = await open(file)
  try {
    const head = Buffer.alloc(mediaTypeSampleBytes)
    const { bytesRead } = await handle.read(head, 0, head.length, 0)
    return head.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
}

/**
 * The headers of the file at `name` (relative to client/), the same the
 * hub's nginx configuration sends: media by the type of their bytes (anything
 * but an image or PDF as a download), the build's `.br` and `.gz` copies as
 * their original's type with that encoding, and the same caching.
 */
async function headersOf(name: string, file: string, names: ReadonlySet<string>): Promise<ObjectHeaders> {
  if (name.startsWith('media/')) {
    const type = await mediaType(await headOf(file))
    return {
      ContentType: type,
      CacheControl: cacheControlFor(name),
      ...(type === 'application/octet-stream' ? { ContentDisposition: 'attachment' } : {}),
    }
  }
  const extension = path.posix.extname(name)
  const original = name.slice(0, -extension.length)
  if (encodings[extension] && names.has(original))
    return {
      ContentType: typeByName(original),
      ContentEncoding: encodings[extension],
      CacheControl: cacheControlFor(original),
    }
  return { ContentType: typeByName(name), CacheControl: cacheControlFor(name) }
}

/**
 * Every file readers may get from the release's `client` folder, keyed under
 * `prefix`. Dotfiles are left out, as nginx and the hub's server refuse them.
 */
export async function releaseObjects(client: string, prefix: string): Promise<ReleaseObject[]> {
  const names = (await readdir(client, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(client, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((name) => !name.split('/').some((segment) => segment.startsWith('.')))
    .sort()
  const all = new Set(names)
  const objects: ReleaseObject[] = []
  for (const name of names) {
    const file = path.join(client, name)
    objects.push({
      key: `${prefix}${name}`,
      file,
      md5: await md5Of(file),
      page: /\.html(\.br|\.gz)?$/.test(name),
      headers: await headersOf(name, file, all),
    })
  }
  return objects
}
