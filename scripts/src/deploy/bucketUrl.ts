/** A bucket and the folder in it that a release is uploaded to. */
export type BucketTarget = {
  bucket: string
  /** The folder, '' or ending in '/': only objects under it are written or deleted. */
  prefix: string
  url: string
}

// S3's rules for bucket names, which S3-compatible services follow.
const bucketName = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/

export const isBucketUrl = (to: string) => /^s3:/i.test(to)

/** Reads `s3://bucket` or `s3://bucket/folder`; anything else is refused before the bucket is touched. */
export function parseBucketUrl(to: string): BucketTarget {
  const match = /^s3:\/\/([^/?#]*)([^?#]*)$/.exec(to)
  const bucket = match?.[1] ?? ''
  if (!match || !bucketName.test(bucket))
    throw new Error(
      `Cannot deploy to "${to}": give a bucket as s3://bucket or s3://bucket/folder, its name 3 to 63 lowercase letters, digits, dots or hyphens.`,
    )
  const folder = (match[2] ?? '').split('/').filter(Boolean)
  if (folder.some((segment) => segment === '.' || segment === '..'))
    throw new Error(`Cannot deploy to "${to}": the folder in the bucket cannot contain . or .. segments.`)
  const prefix = folder.map((segment) => `${segment}/`).join('')
  return { bucket, prefix, url: `s3://${bucket}/${prefix}` }
}
