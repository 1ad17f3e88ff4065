import type { APIRoute } from 'astro'

import { type Event, type Locale } from '@hub/content-schemas'

import { eventCalendar } from '../../../lib/events'
import { loadHub, loadPageKey } from '../../../lib/hub'
import { text } from '../../../lib/localize'
import { pathsForEveryLocale } from '../../../lib/staticPaths'

/** "Add to calendar": one event, in the reader's language, past or upcoming. */
export async function getStaticPaths() {
  const [hub, pageKey] = await Promise.all([loadHub(), loadPageKey()])
  return pathsForEveryLocale(hub.events, (event) => pageKey('events', event))
}

export const GET: APIRoute = ({ params, props, site }) => {
  const locale = params.locale as Locale
  const event = (props as { doc: Event }).doc
  const base = site ?? new URL('http://localhost:4321')
  const calendar = eventCalendar([event], locale, base, text(event.title, locale) ?? event.slug)
  return new Response(calendar, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } })
}
