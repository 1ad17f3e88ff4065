import type { CollectionSlug } from './collections'
import type { Locale } from './locales'

/**
 * The public URL segment of each collection that has pages: the same in every
 * language, so links survive switching. The site routes by it; the CMS links
 * to the page a change went to.
 */
export const publicSegments = {
  guides: 'guides',
  'screening-kits': 'screening-kits',
  'panel-question-sets': 'panel-questions',
  'donation-lists': 'donation-lists',
  organizations: 'organizations',
  topics: 'topics',
  regions: 'regions',
} as const satisfies Partial<Record<CollectionSlug, string>>

/** The path of a document's public page in a locale, or undefined for a collection without pages. */
export function publicPath(collection: string, slug: string, locale: Locale): string | undefined {
  const segment = (publicSegments as Record<string, string>)[collection]
  return segment && `/${locale}/${segment}/${slug}/`
}
