import type { APIRoute, InferGetStaticParamsType } from 'astro'

import { locales, type Locale } from '@hub/content-schemas'

import { loadHub } from '../../../lib/hub'
import { atomFeed, feedFormats, jsonFeed11, newsFeed, type FeedFormat } from '../../../lib/news'

/** RSS 2.0, Atom and JSON Feed 1.1 of each language's news, beside its news page. */
export function getStaticPaths() {
  return locales.flatMap((locale) =>
    (Object.keys(feedFormats) as FeedFormat[]).map((format) => ({
      params: { locale, feed: feedFormats[format].file },
      props: { format },
    })),
  )
}

type Params = InferGetStaticParamsType<typeof getStaticPaths>

export const GET: APIRoute<{ format: FeedFormat }, Params> = async ({ params, props, site }) => {
  const locale = params.locale as Locale
  const feed = newsFeed(await loadHub(), locale, site ?? new URL('http://localhost:4321'))
  const body = {
    rss: () => feed.rss2(),
    atom: () => atomFeed(feed, locale),
    json: () => jsonFeed11(feed, locale),
  }[props.format]()
  return new Response(body, {
    headers: { 'Content-Type': `${feedFormats[props.format].type}; charset=utf-8` },
  })
}
