import { ValidationError, type CollectionAfterChangeHook } from 'payload'

import { collections, toContentIssues, type CollectionSlug } from '@hub/content-schemas'

/**
 * The last check before a document becomes public: the published document, in
 * every locale, must satisfy the same content-schemas contract the exporter and
 * the site enforce. Runs inside the save's transaction, so a refusal leaves
 * nothing half-saved. Drafts may be incomplete and are not checked.
 */
export function validateWithContract(slug: CollectionSlug): CollectionAfterChangeHook {
  return async ({ doc, req, collection }) => {
    const versioned = Boolean(collection.versions?.drafts)
    if (versioned && doc._status !== 'published') return doc
    const stored = await req.payload.findByID({
      collection: slug,
      id: doc.id,
      locale: 'all',
      depth: 0,
      draft: false,
      overrideAccess: true,
      req,
    })
    const result = collections[slug].document.safeParse(stored)
    if (result.success) return doc
    throw new ValidationError({
      collection: slug,
      id: doc.id,
      errors: toContentIssues(result.error).map((issue) => ({
        path: issue.field,
        message: issue.locale ? `${issue.locale}: ${issue.message}` : issue.message,
      })),
      req,
    })
  }
}
