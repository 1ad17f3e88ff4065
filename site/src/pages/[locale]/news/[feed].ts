import type { APIRoute, InferGetStaticParamsType } from 'astro'

import { locales, type Locale } from '@hub/content-schemas'

import { loadHub, loadListingKey } from '../../../lib/hub'
import { isTranslated } from '../../../lib/localize'
import { atomFeed, feedFormats, jsonFeed11, newsFeed, type FeedFormat } from '../../../lib/news'

/** RSS 2.0, Atom and JSON Feed 1.1 of each language's news, beside its news page, keyed as the news listing. */
export async function getStaticPaths() {
  const [hub, listingKey] = await Promise.all([loadHub(), loadListingKey()])
  const postsKey = listingKey('posts')
  return locales.flatMap((locale) => {
    // A feed without posts is dated when the snapshot was made.
    const cacheKey = hub.posts.some((post) => isTranslated(post, locale))
      ? postsKey
      : `${postsKey}:${hub.settings.manifest.generatedAt}`
    return (Object.keys(feedFormats) as FeedFormat[]).map((format) => ({
      params: { locale, feed: feedFormats[format].file },
      props: { format },
      cacheKey,
    }))
  })
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
