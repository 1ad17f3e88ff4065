import type { Endpoint, PayloadRequest } from 'payload'

import { publicUrl } from './publicUrl'
import { publishSiteTaskSlug } from './queueSiteBuild'

export type PublishStatus =
  | { state: 'notPublished' }
  | { state: 'queued'; publishedAt: string }
  | { state: 'building'; publishedAt: string; startedAt: string }
  | { state: 'live'; publishedAt: string; url?: string }
  | { state: 'failed'; publishedAt: string; error: string }

/**
 * Whether a document's last publish has reached readers. A build exports
 * everything published when it starts, so any build started at or after the
 * publish carries it: live once one of them went live. A failed build is
 * final only when no other build runs or waits after it. A build that finds
 * nothing changed leaves no record: with no build after the publish and none
 * waiting, the publish is live.
 */
export async function publishStatus(
  req: PayloadRequest,
  collection: string,
  id: string,
  locale: string,
): Promise<PublishStatus> {
  const doc = await req.payload
    .findByID({
      collection: collection as 'guides',
      id,
      depth: 0,
      draft: false,
      locale: locale as 'en',
      overrideAccess: false,
      disableErrors: true,
      req,
    })
    .catch(() => null)
  if (!doc || doc._status !== 'published') return { state: 'notPublished' }
  const publishedAt = doc.updatedAt
  const builds = (
    await req.payload.find({
      collection: 'site-builds',
      where: { startedAt: { greater_than_equal: publishedAt } },
      sort: '-startedAt',
      limit: 20,
      depth: 0,
      overrideAccess: true,
      req,
    })
  ).docs
  const live = { state: 'live', publishedAt, url: publicUrl(collection, doc.slug ?? '', locale) } as const
  if (builds.some((build) => build.status === 'published')) return live
  const running = builds.find((build) => build.status === 'running')
  if (running) return { state: 'building', publishedAt, startedAt: running.startedAt }
  const waiting = await req.payload.count({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: publishSiteTaskSlug } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
      ],
    },
    overrideAccess: true,
    req,
  })
  if (waiting.totalDocs > 0) return { state: 'queued', publishedAt }
  const failed = builds.find((build) => build.status === 'failed')
  if (failed) return { state: 'failed', publishedAt, error: failed.error ?? 'The site build failed.' }
  return live
}

/** `GET /api/site-builds/publish-status?collection=guides&id=7&locale=es`, for the document edit view. */
export const publishStatusEndpoint: Endpoint = {
  path: '/publish-status',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return Response.json({ message: 'Sign in to see publishing status.' }, { status: 401 })
    const collection = req.searchParams.get('collection') ?? ''
    const id = req.searchParams.get('id') ?? ''
    if (!(collection in req.payload.collections) || !id) {
      return Response.json({ message: 'Name a collection and a document id.' }, { status: 400 })
    }
    return Response.json(await publishStatus(req, collection, id, req.locale ?? 'en'))
  },
}
