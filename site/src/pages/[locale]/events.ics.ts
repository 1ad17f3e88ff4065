import type { APIRoute } from 'astro'

import { collectionLabels, type Locale } from '@hub/content-schemas'

import { eventCalendar, upcomingEvents } from '../../lib/events'
import { buildNow } from '../../lib/buildNow'
import { loadHub, loadListingKey } from '../../lib/hub'
import { localeParams } from '../../lib/staticPaths'

/** The calendar a reader subscribes to: the upcoming events, in their language, keyed as their listing. */
export async function getStaticPaths() {
  const cacheKey = (await loadListingKey())('events')
  return localeParams().map((path) => ({ ...path, cacheKey }))
}

export const GET: APIRoute = async ({ params, site }) => {
  const locale = params.locale as Locale
  const hub = await loadHub()
  const events = upcomingEvents(hub.events, buildNow())
  const base = site ?? new URL('http://localhost:4321')
  const calendar = eventCalendar(events, locale, base, collectionLabels.events.plural[locale])
  return new Response(calendar, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } })
}
