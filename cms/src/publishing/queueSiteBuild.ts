import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  PayloadRequest,
} from 'payload'

import { publicMediaIds } from './mediaInUse'

export const publishSiteTaskSlug = 'publishSite'
export const siteBuildQueue = 'site'

/**
 * Asks for a site build unless one is already waiting: a burst of changes
 * (a bulk publish, a seed, autosaves) becomes one build. Jobs live in the
 * database, so a build asked for before a restart still runs after it.
 */
export async function queueSiteBuild(req: PayloadRequest, reason: string): Promise<void> {
  const waiting = await req.payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: publishSiteTaskSlug } },
        { processing: { equals: false } },
        { completedAt: { exists: false } },
      ],
    },
    limit: 5,
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (waiting.docs.some((job) => !job.hasError)) return
  await req.payload.jobs.queue({ task: publishSiteTaskSlug, input: { reason }, queue: siteBuildQueue, req })
}

type Versioned = { _status?: 'draft' | 'published' | null; slug?: string; id: number | string } | undefined

// Collections without drafts (hotlines, topics, regions) are public as soon as they are saved. On create, the previous document is {}.
const isPublic = (doc: Versioned) => doc?.id !== undefined && doc._status !== 'draft'

/** After a save that readers can see: a publish, an edit of a published document, an unpublish. */
export const queueBuildAfterChange: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  collection,
  req,
}) => {
  if (isPublic(doc) || isPublic(previousDoc)) {
    const action = isPublic(doc) ? 'published' : 'changed (no longer published, or a draft saved)'
    await queueSiteBuild(req, `${collection.slug} "${doc.slug ?? doc.id}" ${action}`)
  }
  return doc
}

/**
 * After a medium is saved: readers see it only while a published document
 * uses it, so a new upload, or an edit of one no published document uses,
 * waits for the publish that brings it out.
 */
export const queueBuildAfterMediaChange: CollectionAfterChangeHook = async ({ doc, req }) => {
  if ((await publicMediaIds(req.payload, req)).includes(doc.id))
    await queueSiteBuild(req, `media "${doc.filename ?? doc.id}" changed`)
  return doc
}

export const queueBuildAfterDelete: CollectionAfterDeleteHook = async ({ doc, collection, req }) => {
  if (isPublic(doc)) await queueSiteBuild(req, `${collection.slug} "${doc.slug ?? doc.id}" deleted`)
  return doc
}

export const queueBuildAfterGlobalChange: GlobalAfterChangeHook = async ({ doc, global, req }) => {
  await queueSiteBuild(req, `${global.slug} changed`)
  return doc
}
