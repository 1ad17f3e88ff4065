import type { PayloadRequest, Where } from 'payload'

import {
  collectionLabels,
  defaultLocale,
  locales,
  resourceCollections,
  type Locale,
} from '@hub/content-schemas'

import { documentUnits } from './units'
import { buildXliff, type XliffDocument } from './xliffFile'

/** The drafted, versioned types a translation can be imported into as a draft, never published. */
export type TranslatableCollection = (typeof resourceCollections)[number]

export const isTranslatableCollection = (value: string): value is TranslatableCollection =>
  (resourceCollections as readonly string[]).includes(value)

export const isTargetLocale = (value: string): value is Locale =>
  value !== defaultLocale && (locales as readonly string[]).includes(value)

type Doc = Record<string, unknown>

/** What the signed-in user may update in a collection: true, false, or a query. */
async function updatable(req: PayloadRequest, collection: TranslatableCollection): Promise<boolean | Where> {
  return req.payload.collections[collection].config.access.update({ req })
}

/** Whether the signed-in user may edit this document, as the collection's update rule says. */
export async function mayEdit(req: PayloadRequest, collection: TranslatableCollection, id: string) {
  const scope = await updatable(req, collection)
  if (scope === true || scope === false) return scope
  const { totalDocs } = await req.payload.count({
    collection,
    where: { and: [scope, { id: { equals: id } }] },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

/** A document's latest draft in one locale, without falling back to English. */
export async function readDraft(
  req: PayloadRequest,
  collection: TranslatableCollection,
  id: string,
  locale: string,
) {
  return (await req.payload.findByID({
    collection,
    id,
    locale: locale as Locale,
    fallbackLocale: false,
    draft: true,
    depth: 0,
    overrideAccess: true,
    req,
  })) as unknown as Doc
}

async function xliffDocument(
  req: PayloadRequest,
  collection: TranslatableCollection,
  id: string,
  locale: Locale,
): Promise<XliffDocument> {
  const en = await readDraft(req, collection, id, defaultLocale)
  const translated = await readDraft(req, collection, id, locale)
  return {
    original: `${collection}/${id}`,
    title: String(en.title ?? ''),
    typeLabel: collectionLabels[collection].singular.en,
    updatedAt: new Date(String(en.updatedAt)).toISOString(),
    units: documentUnits(req.payload.collections[collection].config.fields, en, translated),
  }
}

/** One document, English source and the locale's translations so far, as XLIFF 1.2. */
export async function exportDocument(
  req: PayloadRequest,
  collection: TranslatableCollection,
  id: string,
  locale: Locale,
): Promise<string> {
  return buildXliff(locale, [await xliffDocument(req, collection, id, locale)])
}

/**
 * Every document the user may edit with a text not yet translated into the
 * locale (as the dashboard's translation progress counts them), one `<file>`
 * each, so the export offered beside an incomplete language is never empty.
 */
export async function exportMissing(req: PayloadRequest, locale: Locale): Promise<string> {
  const documents: XliffDocument[] = []
  for (const collection of resourceCollections) {
    const scope = await updatable(req, collection)
    if (scope === false) continue
    const read = async (language: Locale) =>
      (
        await req.payload.find({
          collection,
          where: scope === true ? {} : scope,
          locale: language,
          fallbackLocale: false,
          draft: true,
          depth: 0,
          pagination: false,
          overrideAccess: true,
          req,
        })
      ).docs as unknown as Doc[]
    const fields = req.payload.collections[collection].config.fields
    const translations = new Map((await read(locale)).map((doc) => [String(doc.id), doc]))
    for (const doc of await read(defaultLocale)) {
      const units = documentUnits(fields, doc, translations.get(String(doc.id)) ?? {})
      if (units.every((unit) => unit.target)) continue
      documents.push(await xliffDocument(req, collection, String(doc.id), locale))
    }
  }
  return buildXliff(locale, documents)
}
