import type {
  CollectionAfterChangeHook,
  CollectionBeforeChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  PayloadRequest,
} from 'payload'

import { defaultLocale, isLocale } from '@hub/content-schemas'

import { knownLiveStatus } from '../hooks/liveStatus'
import { publishSiteTaskSlug, siteBuildQueue } from './buildQueue'
import { publicMediaIds } from './mediaInUse'
import { pickUpBuildOnCommit } from './pickUpBuild'
import { publicUrl } from './publicUrl'

/**
 * Asks for a site build, in the transaction of the change that asks: the job
 * becomes visible with the change, never before it. A build takes in every job
 * waiting when it starts (`takeWaitingBuilds`), so a burst of changes (a bulk
 * publish, a seed, autosaves) becomes one build. Jobs live in the database, so
 * a build asked for before a restart still runs after it. Where this process
 * runs jobs, the build starts once the change commits (`pickUpBuildOnCommit`).
 */
export async function queueSiteBuild(
  req: PayloadRequest,
  reason: string,
  changedPage?: string,
): Promise<void> {
  const user = req.user as { name?: string | null; email?: string } | null | undefined
  const triggeredBy = user ? user.name || user.email : undefined
  await req.payload.jobs.queue({
    task: publishSiteTaskSlug,
    input: { reason, triggeredBy, changedPage },
    queue: siteBuildQueue,
    req,
  })
  const { payload } = req
  if (await payload.config.jobs.shouldAutoRun?.(payload)) void pickUpBuildOnCommit(payload)
}

type Versioned = { _status?: 'draft' | 'published' | null; slug?: string; id: number | string } | undefined

// Collections without drafts (hotlines, topics, regions) are public as soon as they are saved. On create, the previous document is {}.
const isPublic = (doc: Versioned) => doc?.id !== undefined && doc._status !== 'draft'

/**
 * Remembers the locale being edited before later hooks (reading the document
 * in every locale) change the request's: a build links the page in that locale.
 */
export const rememberEditedLocale: CollectionBeforeChangeHook = ({ data, req, context }) => {
  if (isLocale(req.locale)) context.editedLocale = req.locale
  return data
}

/** After a save that readers can see: a publish, an edit of a published document, an unpublish. */
export const queueBuildAfterChange: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  collection,
  req,
  context,
}) => {
  // An update by id gets as previousDoc the latest version: after a publish in one language, that is the
  // other languages' draft while the document is live. What readers had is noted before the write.
  const noted = collection.versions?.drafts ? knownLiveStatus(req, collection.slug, doc.id) : undefined
  const wasPublic = noted === undefined ? isPublic(previousDoc) : noted === 'published'
  if (isPublic(doc) || wasPublic) {
    const action = isPublic(doc)
      ? 'published'
      : noted === 'published'
        ? 'unpublished'
        : 'changed (no longer published, or a draft saved)'
    const locale = isLocale(context.editedLocale) ? context.editedLocale : defaultLocale
    const page = isPublic(doc) && doc.slug ? publicUrl(collection.slug, doc.slug, locale) : undefined
    await queueSiteBuild(req, `${collection.slug} "${doc.slug ?? doc.id}" ${action}`, page)
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
