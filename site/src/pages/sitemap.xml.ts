import type { APIRoute } from 'astro'

import {
  listedCollections,
  listingPath,
  locales,
  pagePath,
  routedCollections,
  type RoutedCollection,
} from '@hub/content-schemas'

import { loadHub, type Hub } from '../lib/hub'
import { isTranslated } from '../lib/localize'

/** Every page in every language it is really translated into; English stand-ins are left out. */
export const GET: APIRoute = async ({ site }) => {
  const hub = await loadHub()
  const base = site ?? new URL('http://localhost:4321')
  const urls: { loc: string; alternates: { locale: string; href: string }[] }[] = []
  const add = (type: RoutedCollection, docs: Hub[RoutedCollection]) => {
    for (const doc of docs) {
      const translated = locales.filter((locale) => isTranslated(doc, locale))
      const alternates = translated.map((locale) => ({
        locale,
        href: new URL(pagePath(type, doc.slug, locale), base).toString(),
      }))
      for (const alternate of alternates) urls.push({ loc: alternate.href, alternates })
    }
  }
  for (const locale of locales) {
    urls.push({ loc: new URL(`/${locale}/`, base).toString(), alternates: [] })
  }
  for (const type of routedCollections) add(type, hub[type])
  // A listing is in every language: its interface is translated, its documents fall back by field.
  for (const type of listedCollections) {
    const alternates = locales.map((locale) => ({
      locale,
      href: new URL(listingPath(type, locale), base).toString(),
    }))
    for (const alternate of alternates) urls.push({ loc: alternate.href, alternates })
  }
  // The subscribable calendar of upcoming events, one per language.
  for (const locale of locales)
    urls.push({ loc: new URL(`/${locale}/events.ics`, base).toString(), alternates: [] })
  const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;')
  const body = urls
    .map(
      ({ loc, alternates }) =>
        `  <url>\n    <loc>${escape(loc)}</loc>\n${alternates
          .map(
            (alternate) =>
              `    <xhtml:link rel="alternate" hreflang="${alternate.locale}" href="${escape(alternate.href)}"/>\n`,
          )
          .join('')}  </url>`,
    )
    .join('\n')
  return new Response(
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${body}\n</urlset>\n`,
    { headers: { 'Content-Type': 'application/xml' } },
  )
}
