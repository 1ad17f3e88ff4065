import { S3Client, S3ServiceException } from '@aws-sdk/client-s3'

import type { Settings } from '@hub/content-schemas/settings'

import type { BucketTarget } from './bucketUrl'

/**
 * A client for the bucket's server: Amazon S3, or the S3-compatible server
 * AWS_ENDPOINT_URL_S3 names. Credentials come from AWS_ACCESS_KEY_ID and
 * AWS_SECRET_ACCESS_KEY, or when those are unset from the AWS SDK's other
 * sources (AWS_PROFILE, an instance role).
 */
export function bucketClient(settings: Settings): S3Client {
  const {
    AWS_ACCESS_KEY_ID: accessKeyId,
    AWS_SECRET_ACCESS_KEY: secretAccessKey,
    AWS_SESSION_TOKEN: sessionToken,
    AWS_ENDPOINT_URL_S3: endpoint,
  } = settings
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey))
    throw new Error(
      `${accessKeyId ? 'AWS_SECRET_ACCESS_KEY' : 'AWS_ACCESS_KEY_ID'} is not set: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY together, or neither to use the AWS SDK's other sources (AWS_PROFILE, an instance role).`,
    )
  return new S3Client({
    region: settings.AWS_REGION,
    endpoint: endpoint || undefined,
    // Not every S3-compatible server answers for buckets as host names; all of them take the bucket in the path.
    forcePathStyle: Boolean(endpoint),
    credentials: accessKeyId
      ? { accessKeyId, secretAccessKey, sessionToken: sessionToken || undefined }
      : undefined,
    // The SDK's default CRC32 checksums are not understood by every S3-compatible server; uploads send Content-MD5.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  })
}

const credentialErrors = new Set([
  'InvalidAccessKeyId',
  'SignatureDoesNotMatch',
  'InvalidToken',
  'ExpiredToken',
])
const networkErrors = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
])
const regionErrors = new Set(['PermanentRedirect', 'AuthorizationHeaderMalformed'])

/** What the bucket's server refused, in words that name the setting or argument to fix; other errors as they are. */
export function explainBucketError(error: unknown, target: BucketTarget, settings: Settings): Error {
  const server = settings.AWS_ENDPOINT_URL_S3 || 'Amazon S3'
  const name = error instanceof Error ? error.name : ''
  const why = error instanceof Error ? error.message : String(error)
  const message = (text: string) => new Error(`Cannot deploy to ${target.url}: ${text}`, { cause: error })
  if (name === 'NoSuchBucket')
    return message(
      `${server} has no bucket "${target.bucket}". Create it, or fix the bucket in --to or the server in AWS_ENDPOINT_URL_S3.`,
    )
  if (credentialErrors.has(name))
    return message(
      `${server} refused the credentials (${name}). Check AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN for temporary ones).`,
    )
  if (name === 'AccessDenied')
    return message(
      `${server} denied access to bucket "${target.bucket}". Give the key in AWS_ACCESS_KEY_ID the right to list, write and delete its objects.`,
    )
  if (regionErrors.has(name))
    return message(`the bucket is in another region (${why}). Set AWS_REGION to the bucket's region.`)
  if (name === 'CredentialsProviderError')
    return message(
      `there are no credentials. Set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (or AWS_PROFILE).`,
    )
  const code = (error as { code?: unknown }).code
  if (typeof code === 'string' && networkErrors.has(code))
    return message(`${server} could not be reached (${code}). Check AWS_ENDPOINT_URL_S3 and the network.`)
  if (error instanceof S3ServiceException) return message(`${server} answered ${name}: ${why}`)
  return error instanceof Error ? error : new Error(why)
}
