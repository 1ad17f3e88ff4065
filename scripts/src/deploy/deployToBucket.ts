import { readFile } from 'node:fs/promises'

import {
  DeleteObjectsCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3'

import { readSettings, type Settings } from '@hub/content-schemas/settings'

import { bucketClient, explainBucketError } from './bucketClient'
import { parseBucketUrl, type BucketTarget } from './bucketUrl'
import { builtRelease } from './builtRelease'
import { releaseObjects, type ReleaseObject } from './releaseObjects'

export type BucketDeploy = {
  url: string
  /** The keys written, in the order the bucket stored them. */
  uploaded: string[]
  /** How many objects were already in the bucket with the same bytes. */
  unchanged: number
  deleted: string[]
}

const parallelUploads = 8

/** The ETag (MD5 of the bytes, for an object stored in one piece) of every object under the target's folder. */
async function listObjects(s3: S3Client, target: BucketTarget): Promise<Map<string, string>> {
  const objects = new Map<string, string>()
  let token: string | undefined
  do {
    const page = await s3.send(
      new ListObjectsV2Command({ Bucket: target.bucket, Prefix: target.prefix, ContinuationToken: token }),
    )
    for (const object of page.Contents ?? [])
      if (object.Key) objects.set(object.Key, (object.ETag ?? '').replace(/"/g, ''))
    token = page.IsTruncated ? page.NextContinuationToken : undefined
  } while (token)
  return objects
}

/** Runs `work` on every item, a few at a time; stops starting new ones after a failure. */
async function inParallel<T>(items: readonly T[], work: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  let failed = false
  const worker = async () => {
    while (!failed && next < items.length) {
      const item = items[next++]!
      await work(item).catch((error: unknown) => {
        failed = true
        throw error
      })
    }
  }
  await Promise.all(Array.from({ length: Math.min(parallelUploads, items.length) }, worker))
}

/**
 * Uploads a built release's client/ folder to a bucket folder given as
 * `s3://bucket/prefix`, so that a CDN or the bucket's own website serves it.
 * Only files whose bytes changed are sent. Readers never get a page whose
 * files are missing: new files go first, then replaced ones, then pages; objects
 * the release no longer has are deleted only once the new pages are up. The
 * bucket is listed before anything is written, so a wrong bucket, server or
 * key changes nothing.
 */
export async function deployToBucket({
  release,
  to,
  settings = readSettings(),
}: {
  release: string
  to: string
  settings?: Settings
}): Promise<BucketDeploy> {
  const target = parseBucketUrl(to)
  const { client } = await builtRelease(release)
  const s3 = bucketClient(settings)
  try {
    const existing = await listObjects(s3, target)
    const objects = await releaseObjects(client, target.prefix)
    const changed = objects.filter((object) => existing.get(object.key) !== object.md5)
    const uploaded: string[] = []
    const upload = async (object: ReleaseObject) => {
      const body = await readFile(object.file)
      await s3.send(
        new PutObjectCommand({
          Bucket: target.bucket,
          Key: object.key,
          Body: body,
          ContentMD5: Buffer.from(object.md5, 'hex').toString('base64'),
          ...object.headers,
        }),
      )
      uploaded.push(object.key)
    }
    await inParallel(
      changed.filter((object) => !object.page && !existing.has(object.key)),
      upload,
    )
    await inParallel(
      changed.filter((object) => !object.page && existing.has(object.key)),
      upload,
    )
    await inParallel(
      changed.filter((object) => object.page),
      upload,
    )

    const kept = new Set(objects.map((object) => object.key))
    const stale = [...existing.keys()].filter((key) => !kept.has(key))
    for (let start = 0; start < stale.length; start += 1000) {
      const { Errors: errors = [] } = await s3.send(
        new DeleteObjectsCommand({
          Bucket: target.bucket,
          Delete: { Objects: stale.slice(start, start + 1000).map((Key) => ({ Key })), Quiet: true },
        }),
      )
      if (errors.length > 0)
        throw new Error(
          `Cannot deploy to ${target.url}: the new release is up, but these old objects could not be deleted: ${errors.map((error) => `${error.Key} (${error.Code})`).join(', ')}`,
        )
    }
    return { url: target.url, uploaded, unchanged: objects.length - changed.length, deleted: stale }
  } catch (error) {
    throw explainBucketError(error, target, settings)
  } finally {
    s3.destroy()
  }
}
