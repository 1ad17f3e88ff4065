import type { Endpoint, PayloadRequest } from 'payload'

import { publicUrl } from './publicUrl'
import { unfinishedBuildJobs, waitingBuildJobs } from './waitingBuilds'

export type PublishStatus =
  | { state: 'notPublished' }
  | { state: 'queued'; publishedAt: string }
  | { state: 'building'; publishedAt: string; startedAt: string }
  | { state: 'live'; publishedAt: string; url?: string }
  | { state: 'failed'; publishedAt: string; error: string }
  | { state: 'removalQueued'; unpublishedAt: string }
  | { state: 'removing'; unpublishedAt: string; startedAt: string }
  | { state: 'removed'; unpublishedAt: string }
  | { state: 'removalFailed'; unpublishedAt: string; error: string }

type Progress =
  | { state: 'done' }
  | { state: 'queued' }
  | { state: 'building'; startedAt: string }
  | { state: 'failed'; error: string }

/**
 * Whether a site build queued by `before` is still waiting: its change
 * committed after the build that started then had taken in the queue, so that
 * build did not carry it. A job being run is not counted: its build has begun.
 */
async function leftWaiting(req: PayloadRequest, before: string): Promise<boolean> {
  const { totalDocs } = await req.payload.count({
    collection: 'payload-jobs',
    where: { and: [waitingBuildJobs, { createdAt: { less_than_equal: before } }] },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

/**
 * How far the site has got with a change made at `since`. A build exports
 * everything published when it starts, so a build started after the change
 * carries it: done once one of them went live, unless the change's own build
 * is still waiting (a change saved just before a build started but committed
 * just after: that build exported without it). A failed build is final only
 * when no other build runs or waits after it. A build that finds nothing
 * changed leaves no record: with no build after the change and none waiting,
 * the change is done.
 */
async function siteProgress(req: PayloadRequest, since: string): Promise<Progress> {
  const builds = (
    await req.payload.find({
      collection: 'site-builds',
      where: { startedAt: { greater_than_equal: since } },
      sort: '-startedAt',
      limit: 20,
      depth: 0,
      overrideAccess: true,
      req,
    })
  ).docs
  const published = builds.find((build) => build.status === 'published')
  if (published && !(await leftWaiting(req, published.startedAt))) return { state: 'done' }
  const running = builds.find((build) => build.status === 'running')
  if (running) return { state: 'building', startedAt: running.startedAt }
  const waiting = await req.payload.count({
    collection: 'payload-jobs',
    where: unfinishedBuildJobs,
    overrideAccess: true,
    req,
  })
  if (waiting.totalDocs > 0) return { state: 'queued' }
  const failed = builds.find((build) => build.status === 'failed')
  if (failed) return { state: 'failed', error: failed.error ?? 'The site build failed.' }
  return { state: 'done' }
}

/**
 * When the document was last unpublished, if readers had it then: a site
 * build went live between the first publish of its last published spell and
 * the unpublish. The audit trail is where the publishing history is kept;
 * Payload's versions are not, as an unpublish rewrites the latest version.
 */
async function unpublishedWhileLive(
  req: PayloadRequest,
  collection: string,
  id: string,
): Promise<string | undefined> {
  const { docs } = await req.payload.find({
    collection: 'audit-log',
    where: {
      and: [
        { collection: { equals: collection } },
        { documentId: { equals: id } },
        { action: { in: ['published', 'restored', 'unpublished'] } },
      ],
    },
    sort: '-createdAt',
    limit: 50,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const [last, ...earlier] = docs
  if (last?.action !== 'unpublished') return undefined
  let publishedSince: string | undefined
  for (const entry of earlier) {
    if (entry.action === 'unpublished') break
    publishedSince = entry.createdAt
  }
  if (!publishedSince) return undefined
  const { totalDocs } = await req.payload.count({
    collection: 'site-builds',
    where: {
      and: [
        { status: { equals: 'published' } },
        { startedAt: { greater_than_equal: publishedSince } },
        { startedAt: { less_than: last.createdAt } },
      ],
    },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0 ? last.createdAt : undefined
}

/**
 * Whether a document's last publish, or its last unpublish, has reached
 * readers. Publishing goes by language (the one being edited), but the
 * published state is the document's: an unpublish takes the document off the
 * site in every language, and the status says so.
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
  if (!doc) return { state: 'notPublished' }
  if (doc._status !== 'published') {
    const unpublishedAt = await unpublishedWhileLive(req, collection, id)
    if (!unpublishedAt) return { state: 'notPublished' }
    const progress = await siteProgress(req, unpublishedAt)
    if (progress.state === 'done') return { state: 'removed', unpublishedAt }
    if (progress.state === 'queued') return { state: 'removalQueued', unpublishedAt }
    if (progress.state === 'building')
      return { state: 'removing', unpublishedAt, startedAt: progress.startedAt }
    return { state: 'removalFailed', unpublishedAt, error: progress.error }
  }
  const publishedAt = doc.updatedAt
  const progress = await siteProgress(req, publishedAt)
  if (progress.state === 'done') {
    return { state: 'live', publishedAt, url: publicUrl(collection, doc.slug ?? '', locale) }
  }
  if (progress.state === 'queued') return { state: 'queued', publishedAt }
  if (progress.state === 'building') return { state: 'building', publishedAt, startedAt: progress.startedAt }
  return { state: 'failed', publishedAt, error: progress.error }
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
