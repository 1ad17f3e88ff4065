import type { FieldHook, PayloadRequest, TextField } from 'payload'
import slugify from 'slugify'
import type { z } from 'zod'

import { slug } from '@hub/content-schemas'

import type { ContractFieldsOf } from './fromContract'

const maxLength = slug.maxLength ?? 96

/** "Conozca sus derechos: ¡ya!" becomes "conozca-sus-derechos-ya"; a title slugify cannot transliterate (Thai) gives "". */
export function slugFromTitle(title: string): string {
  return slugify(title, { lower: true, strict: true, trim: true })
    .replace(/-+/g, '-')
    .slice(0, maxLength)
    .replace(/^-|-$/g, '')
}

async function slugTaken(req: PayloadRequest, collection: string, candidate: string, exceptId: unknown) {
  // A slug lives on the published document and on the latest draft; both must be free.
  for (const draft of [false, true]) {
    const found = await req.payload.find({
      collection: collection as 'guides',
      where: { slug: { equals: candidate } },
      limit: 2,
      depth: 0,
      draft,
      overrideAccess: true,
      pagination: false,
      req,
    })
    if (found.docs.some((doc) => String(doc.id) !== String(exceptId))) return true
  }
  return false
}

/** `base`, or `base-2`, `base-3`, ... whichever no other document of the collection uses. */
export async function freeSlug(req: PayloadRequest, collection: string, base: string, exceptId?: unknown) {
  for (let attempt = 1; attempt <= 50; attempt += 1) {
    const suffix = attempt === 1 ? '' : `-${attempt}`
    const candidate = `${base.slice(0, maxLength - suffix.length).replace(/-$/, '')}${suffix}`
    if (!(await slugTaken(req, collection, candidate, exceptId))) return candidate
  }
  // Fifty copies of one document: leave the choice to the editor; uniqueSlug says which document has it.
  return base
}

/**
 * An empty slug is suggested from the title (or name) when the document is
 * first saved, and kept from then on: it is the document's public address.
 */
const suggestSlug: FieldHook = async ({ value, data, originalDoc, collection, req }) => {
  if (typeof value === 'string' && value.trim() !== '') return value
  if (typeof originalDoc?.slug === 'string' && originalDoc.slug !== '') return originalDoc.slug
  const title = data?.title ?? data?.name
  const suggested = typeof title === 'string' ? slugFromTitle(title) : ''
  if (!suggested || !collection) return value
  return freeSlug(req, collection.slug, suggested, originalDoc?.id)
}

/** Payload's default copy slug, "know-your-rights - Copy", is not a valid slug. */
const copySlug: FieldHook = async ({ value, collection, req }) => {
  if (typeof value !== 'string' || value === '' || !collection) return undefined
  return freeSlug(req, collection.slug, `${value}-copy`)
}

/** The same slug in every language: it is the document's stable public address. */
export function slugField(
  fields: Pick<ContractFieldsOf<z.ZodObject<{ slug: z.ZodType }>>, 'text'>,
): TextField {
  return fields.text('slug', {
    unique: true,
    index: true,
    hooks: { beforeValidate: [suggestSlug], beforeDuplicate: [copySlug] },
    admin: {
      position: 'sidebar',
      description:
        'Lowercase words joined by hyphens, e.g. "know-your-rights". Shared by all translations. Left empty, it is made from the title when the document is first saved.',
    },
  })
}
