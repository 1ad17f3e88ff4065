import { documentTypes, type DocumentOf, type Locale, type RoutedCollection } from '@hub/content-schemas'

import { text } from './localize'

/**
 * A document page's title and description, and whether search indexes it:
 * resources are searched by title and summary; organizations, topics and
 * regions are found through the resources that name them.
 */
export function pageMeta(
  collection: RoutedCollection,
  doc: DocumentOf<RoutedCollection>,
  locale: Locale,
): { title: string; description: string | undefined; searchable: boolean } {
  const searchable = documentTypes[collection].page.kind === 'resource'
  if ('title' in doc) {
    return { title: text(doc.title, locale) ?? doc.slug, description: text(doc.summary, locale), searchable }
  }
  const description = 'mission' in doc ? text(doc.mission, locale) : undefined
  return { title: text(doc.name, locale) ?? doc.slug, description, searchable }
}
