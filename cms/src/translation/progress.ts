import type { PayloadRequest, Where } from 'payload'

import { defaultLocale, locales, resourceCollections, type Locale } from '@hub/content-schemas'

import { plainText } from './inlineCodes'
import { documentUnits } from './units'

export type TranslationProgress = {
  locale: Locale
  /** English words in the texts translated into the locale, and in all texts. */
  translated: number
  total: number
  byType: { collection: (typeof resourceCollections)[number]; translated: number; total: number }[]
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length

type Doc = Record<string, unknown>

/**
 * How far each language is, in English words (the source every translation
 * starts from), over the documents the user may edit, latest drafts included:
 * a text counts as translated once it has a translation.
 */
export async function translationProgress(req: PayloadRequest): Promise<TranslationProgress[]> {
  const targets = locales.filter((locale) => locale !== defaultLocale)
  const progress = targets.map((locale) => ({
    locale,
    translated: 0,
    total: 0,
    byType: [] as TranslationProgress['byType'],
  }))
  for (const collection of resourceCollections) {
    const scope: boolean | Where = await req.payload.collections[collection].config.access.update({ req })
    if (scope === false) continue
    const read = async (locale: Locale) =>
      (
        await req.payload.find({
          collection,
          where: scope === true ? {} : scope,
          locale,
          fallbackLocale: false,
          draft: true,
          depth: 0,
          pagination: false,
          overrideAccess: true,
          req,
        })
      ).docs as unknown as Doc[]
    const english = await read(defaultLocale)
    const fields = req.payload.collections[collection].config.fields
    for (const entry of progress) {
      const translations = new Map((await read(entry.locale)).map((doc) => [String(doc.id), doc]))
      const counts = { collection, translated: 0, total: 0 }
      for (const doc of english) {
        for (const unit of documentUnits(fields, doc, translations.get(String(doc.id)) ?? {})) {
          const count = words(plainText(unit.source.content))
          counts.total += count
          if (unit.target) counts.translated += count
        }
      }
      entry.byType.push(counts)
      entry.translated += counts.translated
      entry.total += counts.total
    }
  }
  return progress
}
