import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

import type { CollectionSlug } from '@hub/content-schemas'

/**
 * The database index refuses a duplicate slug too, but with a bare "value must
 * be unique". Say which document already uses it, before anything is written.
 */
export function uniqueSlug(slug: CollectionSlug): CollectionBeforeValidateHook {
  return async ({ data, originalDoc, req }) => {
    const wanted = data?.slug
    if (typeof wanted !== 'string' || wanted === '' || wanted === originalDoc?.slug) return data
    const existing = await req.payload.find({
      collection: slug,
      where: { slug: { equals: wanted } },
      limit: 1,
      depth: 0,
      draft: true,
      overrideAccess: true,
      pagination: false,
      req,
    })
    const other = existing.docs.find((doc) => String(doc.id) !== String(originalDoc?.id))
    if (other) {
      throw new ValidationError({
        collection: slug,
        errors: [
          {
            path: 'slug',
            message: `The slug "${wanted}" is already used by document ${other.id} in ${slug}. Choose another slug; slugs are the document's address on the public site.`,
          },
        ],
        req,
      })
    }
    return data
  }
}
