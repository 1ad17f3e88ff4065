import type { Hotline, Locale } from '@hub/content-schemas'

import type { Hub } from './hubData'

/**
 * The hotline a page shows its reader: a published line serving a region the
 * page names (in the page's order of regions, one answering in the page's
 * language first), else the line Site settings choose for the page's language.
 * A language without a chosen line gets none, never English's: a national
 * number is for that country's readers only.
 */
export function hotlineFor(
  hub: Hub,
  locale: Locale,
  regions: readonly (number | string)[] = [],
): Hotline | undefined {
  const serving = regions.flatMap((region) =>
    hub.hotlines.filter((hotline) => hotline.regions.some((id) => String(id) === String(region))),
  )
  const regional =
    serving.find((hotline) => hotline.languages.some(({ code }) => code === locale)) ?? serving[0]
  return regional ?? hub.byId(hub.hotlines, hub.settings.hotline?.[locale])
}

/**
 * The line a hotline block in rich text shows: the one that fits the reader
 * (as `hotlineFor`), else the editor's choice if it answers in the page's
 * language; none otherwise, so an English-only national line never stands in
 * for a reader it cannot serve.
 */
export function blockHotline(
  hub: Hub,
  locale: Locale,
  regions: readonly (number | string)[],
  chosen: Hotline | undefined,
): Hotline | undefined {
  const answersInLocale = chosen?.languages.some(({ code }) => code === locale)
  return hotlineFor(hub, locale, regions) ?? (answersInLocale ? chosen : undefined)
}

/** The regions a document names: a region's own page names itself. */
export function regionsOf(collection: string, doc: { id: number | string }): (number | string)[] {
  if (collection === 'regions') return [doc.id]
  return 'regions' in doc && Array.isArray(doc.regions) ? (doc.regions as (number | string)[]) : []
}

/** An SMS line given as words ("AYUDA to 55501") is written in English; a bare number has no language. */
export function smsLang(sms: string): 'en' | undefined {
  return /\p{L}/u.test(sms) ? 'en' : undefined
}

/** The link that dials a number as written for readers ("+1 (888) 373-7888"): digits and a leading plus only. */
export function telHref(number: string): string {
  return `tel:${number.replace(/[^+\d]/g, '')}`
}

/**
 * The link that opens a text to an SMS line; a line given as words ("AYUDA to 55501") is texted to its
 * number. Like tel:, an sms: address holds no spaces.
 */
export function smsHref(sms: string): string {
  return `sms:${sms.replace(/^.* to /, '').replace(/[^+\d]/g, '')}`
}
