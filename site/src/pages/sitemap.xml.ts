import type { APIRoute } from 'astro'

import {
  defaultLocale,
  listedCollections,
  listingPath,
  locales,
  pagePath,
  routedCollections,
  type Locale,
} from '@hub/content-schemas'

import { loadHub } from '../lib/hub'
import { countryPath, homePath } from '../lib/routes'
import { staticPageNames } from '../lib/staticPages'

/**
 * Every public page, each listing its versions in every language as the
 * page's hreflang links do: every page exists in every language, translated
 * or with English standing in and saying so. The language chooser `/` is the
 * home pages' x-default.
 */
export const GET: APIRoute = async ({ site }) => {
  const hub = await loadHub()
  const base = site ?? new URL('http://localhost:4321')
  const href = (path: string) => new URL(path, base).toString()
  const groups: { pathFor: (locale: Locale) => string; xDefault: string }[] = []
  const add = (pathFor: (locale: Locale) => string, xDefault = pathFor(defaultLocale)) =>
    groups.push({ pathFor, xDefault })

  add(homePath, '/')
  add((locale) => `/${locale}/search/`)
  for (const name of staticPageNames) add((locale) => `/${locale}/${name}/`)
  for (const type of listedCollections) add((locale) => listingPath(type, locale))
  for (const type of routedCollections)
    for (const doc of hub[type]) add((locale) => pagePath(type, doc.slug, locale))
  for (const country of new Set(hub.organizations.map((organization) => organization.country)))
    add((locale) => countryPath(locale, country))
  for (const kit of hub['screening-kits'])
    add((locale) => `${pagePath('screening-kits', kit.slug, locale)}print/`)

  const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;')
  const entry = (loc: string, alternates: [string, string][]) =>
    `  <url>\n    <loc>${escape(loc)}</loc>\n${alternates
      .map(
        ([hreflang, alternate]) =>
          `    <xhtml:link rel="alternate" hreflang="${hreflang}" href="${escape(alternate)}"/>\n`,
      )
      .join('')}  </url>`
  const entries = groups.flatMap(({ pathFor, xDefault }) => {
    const alternates: [string, string][] = [
      ...locales.map((locale): [string, string] => [locale, href(pathFor(locale))]),
      ['x-default', href(xDefault)],
    ]
    const pages = locales.map((locale) => href(pathFor(locale)))
    if (!pages.includes(href(xDefault))) pages.unshift(href(xDefault))
    return pages.map((loc) => entry(loc, alternates))
  })
  return new Response(
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join('\n')}\n</urlset>\n`,
    { headers: { 'Content-Type': 'application/xml' } },
  )
}
