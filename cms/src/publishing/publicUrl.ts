import { defaultLocale, isLocale } from '@hub/content-schemas'

/** The public site's URL segment per collection, as the site's routes (site/src/lib/routes.ts) build them. */
const publicSegments: Record<string, string> = {
  guides: 'guides',
  'screening-kits': 'screening-kits',
  'panel-question-sets': 'panel-questions',
  'donation-lists': 'donation-lists',
  organizations: 'organizations',
  topics: 'topics',
  regions: 'regions',
}

/** Where readers find a published document in a locale, or nothing for types without a page of their own. */
export function publicUrl(collection: string, slug: string, locale: string): string | undefined {
  const segment = publicSegments[collection]
  if (!segment || !slug) return undefined
  const site = (process.env.HUB_SITE_URL ?? 'http://localhost:4321').replace(/\/$/, '')
  return `${site}/${isLocale(locale) ? locale : defaultLocale}/${segment}/${slug}/`
}
