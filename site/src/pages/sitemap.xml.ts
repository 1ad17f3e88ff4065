import type { APIRoute } from 'astro'

import { locales } from '@hub/content-schemas'

import { loadHub } from '../lib/hub'
import { isTranslated } from '../lib/localize'
import { docPath, type RoutedType } from '../lib/routes'

/** Every page in every language it is really translated into; English stand-ins are left out. */
export const GET: APIRoute = async ({ site }) => {
  const hub = await loadHub()
  const base = site ?? new URL('http://localhost:4321')
  const urls: { loc: string; alternates: { locale: string; href: string }[] }[] = []
  const add = (type: RoutedType, docs: { slug: string; title?: unknown; name?: unknown }[]) => {
    for (const doc of docs) {
      const translated = locales.filter((locale) => isTranslated(doc as never, locale))
      const alternates = translated.map((locale) => ({
        locale,
        href: new URL(docPath(locale, type, doc.slug), base).toString(),
      }))
      for (const alternate of alternates) urls.push({ loc: alternate.href, alternates })
    }
  }
  for (const locale of locales) {
    urls.push({ loc: new URL(`/${locale}/`, base).toString(), alternates: [] })
  }
  add('guides', hub.guides)
  add('screeningKits', hub.screeningKits)
  add('panelQuestionSets', hub.panelQuestionSets)
  add('donationLists', hub.donationLists)
  add('organizations', hub.organizations)
  add('topics', hub.topics)
  add('regions', hub.regions)
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
