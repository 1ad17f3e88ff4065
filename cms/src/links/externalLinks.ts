import type { Payload } from 'payload'

import { defaultLocale, isLocale, type Locale } from '@hub/content-schemas'

import { healthCollections, type HealthCollection } from '../health/contentHealth'

export type LinkAppearance = {
  collection: HealthCollection
  id: number | string
  title: string
  locale?: Locale
}

const absoluteUrl = /^https?:\/\/\S+$/i

function collectUrls(
  value: unknown,
  locale: Locale | undefined,
  found: (url: string, locale?: Locale) => void,
) {
  if (typeof value === 'string') {
    if (absoluteUrl.test(value)) found(value, locale)
  } else if (Array.isArray(value)) {
    for (const item of value) collectUrls(item, locale, found)
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) collectUrls(item, isLocale(key) ? key : locale, found)
  }
}

/**
 * Every external address in what readers see: published documents, every
 * language, every field (rich-text links, websites, where-to-watch and
 * donation links), with where each one appears.
 */
export async function externalLinks(payload: Payload): Promise<Map<string, LinkAppearance[]>> {
  const links = new Map<string, LinkAppearance[]>()
  for (const [collection, { title }] of Object.entries(healthCollections) as [
    HealthCollection,
    { title: string },
  ][]) {
    const { docs } = await payload.find({
      collection,
      where: { _status: { equals: 'published' } },
      locale: 'all',
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    for (const doc of docs as unknown as Record<string, unknown>[]) {
      const name = doc[title]
      const appearance = {
        collection,
        id: doc.id as number | string,
        title: String(
          (name && typeof name === 'object' ? (name as Record<string, unknown>)[defaultLocale] : name) ??
            doc.id,
        ),
      }
      collectUrls(doc, undefined, (url, locale) => {
        const list = links.get(url) ?? []
        if (
          !list.some(
            (seen) => seen.id === appearance.id && seen.collection === collection && seen.locale === locale,
          )
        ) {
          list.push({ ...appearance, ...(locale ? { locale } : {}) })
        }
        links.set(url, list)
      })
    }
  }
  return links
}
