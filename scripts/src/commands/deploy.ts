import { isBucketUrl } from '../deploy/bucketUrl'
import { deployRelease } from '../deploy/deployRelease'
import { deployToBucket } from '../deploy/deployToBucket'

/** Deploys a built release to a folder (made live there atomically) or to a bucket given as s3://bucket/prefix. */
export async function deploy({ release, to }: { release: string; to: string }): Promise<void> {
  if (isBucketUrl(to)) {
    const done = await deployToBucket({ release, to })
    console.log(
      `Deployed ${release} to ${done.url}: ${done.uploaded.length} uploaded, ${done.unchanged} unchanged, ${done.deleted.length} deleted.`,
    )
  } else {
    console.log(`Deployed ${await deployRelease({ release, to })}; ${to} serves it now.`)
  }
}
