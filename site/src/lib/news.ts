import { Feed } from 'feed'

import {
  collectionLabels,
  documentTypes,
  listingPath,
  pagePath,
  type Locale,
  type Post,
} from '@hub/content-schemas'

import { t } from '../i18n/ui'
import type { Hub } from './hubData'
import { isTranslated, text } from './localize'

/** Newest first by publication date; the slug breaks ties so the order never changes between builds. */
export function newestFirst(posts: readonly Post[]): Post[] {
  return [...posts].sort(
    (a, b) =>
      b.publishedOn.slice(0, 10).localeCompare(a.publishedOn.slice(0, 10)) || a.slug.localeCompare(b.slug),
  )
}

/** The organizations that wrote a post: its owner, then its co-authors. */
export function authorsOf(post: Post, hub: Hub) {
  return [post.organization, ...post.coAuthors]
    .map((id) => hub.byId(hub.organizations, id))
    .filter((organization) => organization !== undefined)
}

export const feedFormats = {
  rss: { file: 'rss.xml', type: 'application/rss+xml' },
  atom: { file: 'atom.xml', type: 'application/atom+xml' },
  json: { file: 'feed.json', type: 'application/feed+json' },
} as const
export type FeedFormat = keyof typeof feedFormats

export function feedPath(locale: Locale, format: FeedFormat): string {
  return `/${locale}/${documentTypes.posts.listing.segment}/${feedFormats[format].file}`
}

/**
 * The news feed of one language: only posts written in it (an English post
 * in the Thai feed would be labelled Thai), newest first, with absolute links
 * from the site's configured address.
 */
export function newsFeed(hub: Hub, locale: Locale, site: URL): Feed {
  const absolute = (path: string) => new URL(path, site).toString()
  const posts = newestFirst(hub.posts.filter((post) => isTranslated(post, locale)))
  const home = absolute(listingPath('posts', locale))
  const feed = new Feed({
    id: home,
    link: home,
    title: `${collectionLabels.posts.plural[locale]} · ${t(locale, 'siteName')}`,
    description: t(locale, 'newsIntro'),
    language: locale,
    updated: new Date(posts[0]?.updatedAt ?? hub.settings.manifest.generatedAt),
    generator: false,
    feedLinks: {
      rss: absolute(feedPath(locale, 'rss')),
      atom: absolute(feedPath(locale, 'atom')),
      json: absolute(feedPath(locale, 'json')),
    },
  })
  for (const post of posts) {
    const link = absolute(pagePath('posts', post.slug, locale))
    feed.addItem({
      id: link,
      link,
      title: text(post.title, locale) ?? post.slug,
      description: text(post.summary, locale),
      date: new Date(post.updatedAt),
      published: new Date(post.publishedOn),
      author: authorsOf(post, hub).map((organization) => ({
        name: text(organization.name, locale),
        link: absolute(pagePath('organizations', organization.slug, locale)),
      })),
    })
  }
  return feed
}

const atomRoot = '<feed xmlns="http://www.w3.org/2005/Atom">'

/** Atom with the feed's language as `xml:lang` on its root, which the library does not write. */
export function atomFeed(feed: Feed, locale: Locale): string {
  const atom = feed.atom1()
  if (!atom.includes(atomRoot))
    throw new Error(`The Atom feed of ${locale} has no <feed> root to mark with its language.`)
  return atom.replace(atomRoot, `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">`)
}

/**
 * JSON Feed 1.1 from the library's JSON Feed 1 (it writes no other): 1.1
 * names the version, adds the feed's `language`, lists every author in
 * `authors` (version 1 kept only the first), and the summary, plain text, is
 * `content_text` rather than `content_html`.
 */
export function jsonFeed11(feed: Feed, locale: Locale): string {
  const version1 = JSON.parse(feed.json1()) as { items: Record<string, unknown>[] }
  return JSON.stringify(
    {
      ...version1,
      version: 'https://jsonfeed.org/version/1.1',
      language: locale,
      items: version1.items.map(({ author: _first, content_html: summary, ...item }, index) => ({
        ...item,
        content_text: summary,
        authors: (feed.items[index]?.author ?? []).map(({ name, link }) => ({ name, url: link })),
      })),
    },
    null,
    2,
  )
}
