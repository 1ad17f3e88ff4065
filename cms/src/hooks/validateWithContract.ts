import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { collections, localeNames, toContentIssues, type CollectionSlug } from '@hub/content-schemas'

import { wouldBeDocument } from './wouldBeDocument'

/**
 * The last check before a document becomes public: the document a publish
 * would write, in every locale, must satisfy the same content-schemas contract
 * the exporter and the site enforce. It runs before anything is written, so a
 * refusal leaves no row, no version and no queued site build on any database.
 * Drafts may be incomplete and are not checked.
 */
export function validateWithContract(slug: CollectionSlug): CollectionBeforeChangeHook {
  return async ({ data, originalDoc, operation, collection, req }) => {
    const versioned = Boolean(collection.versions?.drafts)
    if (versioned && (data._status ?? originalDoc?._status) !== 'published') return data
    const { locale = 'en', fallbackLocale } = req
    const stored =
      operation === 'update' && originalDoc?.id !== undefined
        ? await req.payload.findByID({
            collection: slug,
            id: originalDoc.id,
            locale: 'all',
            depth: 0,
            draft: true,
            overrideAccess: true,
            req,
          })
        : {}
    // The Local API sets the locale it reads in on the request it is given; the save goes on in its own.
    Object.assign(req, { locale, fallbackLocale })
    const document = wouldBeDocument(collection.fields, stored, data, locale)
    const result = collections[slug].content.safeParse(document)
    if (result.success) return data
    const errors = toContentIssues(result.error, document).map((issue) => ({
      path: issue.field,
      message:
        issue.locale && issue.locale !== locale
          ? `${localeNames[issue.locale as keyof typeof localeNames]} (${issue.locale}): ${issue.message}`
          : issue.message,
    }))
    const error = new ValidationError({ collection: slug, id: originalDoc?.id, errors, req })
    // The admin shows this message as the toast; Payload's own names only the field ("body").
    error.message = `Not published: ${errors.map(({ path, message }) => `${path}: ${message}`).join('; ')}`
    throw error
  }
}
