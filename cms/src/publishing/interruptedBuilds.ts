import type { Payload } from 'payload'

/**
 * Builds still marked as running when the CMS starts were cut off by a stop
 * or a crash: the admin should say so rather than show them running forever.
 * The live site is untouched by such a build, so that is what the record says.
 */
export async function markInterruptedBuilds(payload: Payload): Promise<number> {
  const { docs } = await payload.update({
    collection: 'site-builds',
    where: { status: { equals: 'running' } },
    data: {
      status: 'failed',
      finishedAt: new Date().toISOString(),
      error:
        'The CMS stopped while this build ran. The previous site stayed online; the next publish builds again.',
    },
    overrideAccess: true,
  })
  return docs.length
}
