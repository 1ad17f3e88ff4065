import { documentTypes, type ListedCollection, type RoutedCollection } from './documentTypes.ts'
import type { Locale } from './locales.ts'

/** The path of a document's public page in a locale. */
export function pagePath(collection: RoutedCollection, slug: string, locale: Locale): string {
  return `/${locale}/${documentTypes[collection].page.segment}/${slug}/`
}

/** The path of the page listing every document of a type, in a locale. */
export function listingPath(collection: ListedCollection, locale: Locale): string {
  return `/${locale}/${documentTypes[collection].listing.segment}/`
}

/** The path of a document's public page, or undefined for a collection without pages. */
export function publicPath(collection: string, slug: string, locale: Locale): string | undefined {
  return isRouted(collection) ? pagePath(collection, slug, locale) : undefined
}

function isRouted(collection: string): collection is RoutedCollection {
  return (documentTypes as Record<string, { page?: unknown }>)[collection]?.page !== undefined
}

/** Where the site renders an editor's preview of a draft (by document id, in the locale being edited). */
export function previewPath(collection: string, id: number | string, locale: string): string {
  return `/preview/${collection}/${String(id)}/${locale}/`
}
