import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

import {
  collectionLabels,
  documentTypes,
  listedCollections,
  listingPath,
  locales,
  pagePath,
  routedCollections,
  type Locale,
  type RoutedCollection,
} from '@hub/content-schemas'

import { repoRoot } from '../paths'
import { hugoLayouts } from './hugoTemplates'
import { escapeHtml, lexicalHtml } from './lexicalHtml'

type Doc = Record<string, unknown> & { id: number; slug: string }

function inLocale(value: unknown, locale: Locale): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value) && 'en' in value) {
    const localized = value as Record<string, unknown>
    return localized[locale] ?? localized.en
  }
  return value
}

/** Every field of a document in one locale as HTML: rich text rendered, text in paragraphs. */
function bodyHtml(doc: Doc, locale: Locale): string {
  return Object.entries(doc)
    .filter(([field]) => !['title', 'name', 'summary', 'slug'].includes(field))
    .map(([, value]) => inLocale(value, locale))
    .map((value) => {
      if (value && typeof value === 'object' && 'root' in value) return lexicalHtml(value as never)
      if (typeof value === 'string' && value.length > 40) return `<p>${escapeHtml(value)}</p>`
      return ''
    })
    .join('\n')
}

async function readFolder(snapshot: string, folder: string): Promise<Doc[]> {
  const names = (await readdir(path.join(snapshot, folder)).catch(() => [] as string[])).sort()
  return Promise.all(
    names
      .filter((name) => name.endsWith('.json'))
      .map(async (name) => JSON.parse(await readFile(path.join(snapshot, folder, name), 'utf8')) as Doc),
  )
}

/** The site's own pages (about, privacy...) by name, their MDX text by locale. */
async function readStaticPages(): Promise<Map<string, Map<string, string>>> {
  const dir = path.join(repoRoot, 'site', 'src', 'static-pages')
  const pages = new Map<string, Map<string, string>>()
  for (const file of (await readdir(dir)).sort()) {
    const [name, locale] = file.split('.')
    if (!name || !locale || !file.endsWith('.mdx')) continue
    if (!pages.has(name)) pages.set(name, new Map())
    pages.get(name)!.set(locale, await readFile(path.join(dir, file), 'utf8'))
  }
  return pages
}

/** A Hugo content file: JSON front matter, then the HTML body as is (no Markdown to render). */
function contentFile(frontMatter: Record<string, unknown>, html: string): string {
  return `${JSON.stringify(frontMatter, null, 1)}\n${html}\n`
}

const kindOf = (collection: RoutedCollection) => documentTypes[collection].page.kind

/**
 * Converts a site snapshot into a Hugo site with the same pages: in every
 * locale, every document's page (resources, topics, regions, organisations;
 * English text where a translation is missing, as the site falls back), each
 * screening kit's print page, every listing, the organisations of each
 * country, the site's own pages (about, privacy...), the home and search pages.
 * Returns how many pages it wrote (root home and 404 included).
 */
export async function writeHugoSite(snapshot: string, target: string): Promise<{ pages: number }> {
  await rm(target, { recursive: true, force: true })
  const docs = new Map<string, Doc[]>()
  for (const folder of new Set<string>([...routedCollections, ...listedCollections]))
    docs.set(folder, await readFolder(snapshot, folder))
  const slugOf = (folder: string, id: unknown) => docs.get(folder)!.find((doc) => doc.id === id)?.slug
  const termKey = (folder: string, slug: string) => `${folder}/${slug}`

  const countries = [
    ...new Set(
      docs
        .get('organizations')!
        .map((doc) => doc.country)
        .filter((country): country is string => typeof country === 'string')
        .map((country) => country.toLowerCase()),
    ),
  ]
  const staticPages = await readStaticPages()

  const files = new Map<string, string>()
  let pages = 2
  for (const locale of locales) {
    for (const collection of routedCollections) {
      for (const doc of docs.get(collection)!) {
        const kind = kindOf(collection)
        const terms = (['topics', 'regions'] as const).flatMap((folder) =>
          ((doc[folder] as unknown[] | undefined) ?? [])
            .map((id) => slugOf(folder, id))
            .filter((slug): slug is string => Boolean(slug))
            .map((slug) => termKey(folder, slug)),
        )
        const frontMatter = {
          title: String(inLocale(doc.title ?? doc.name, locale) ?? doc.slug),
          url: pagePath(collection, doc.slug, locale),
          type: kind,
          date: doc.updatedAt,
          locale,
          collection,
          slug: doc.slug,
          summary: inLocale(doc.summary, locale) ?? undefined,
          terms,
          term: termKey(collection, doc.slug),
          organization: slugOf('organizations', doc.organization),
          country: typeof doc.country === 'string' ? doc.country.toLowerCase() : undefined,
        }
        const html = bodyHtml(doc, locale)
        files.set(`${locale}/${collection}/${doc.slug}.html`, contentFile(frontMatter, html))
        pages += 1
        if (collection === 'screening-kits') {
          files.set(
            `${locale}/${collection}/${doc.slug}-print.html`,
            contentFile({ ...frontMatter, url: `${frontMatter.url}print/`, type: 'page' }, html),
          )
          pages += 1
        }
      }
    }
    for (const collection of listedCollections) {
      // Hotlines have no pages of their own: their listing shows them in full.
      const inline = !(routedCollections as readonly string[]).includes(collection)
      const html = inline
        ? docs
            .get(collection)!
            .map(
              (doc) =>
                `<section><h2>${escapeHtml(String(inLocale(doc.name ?? doc.title, locale)))}</h2>${bodyHtml(doc, locale)}</section>`,
            )
            .join('\n')
        : ''
      files.set(
        `${locale}/listings/${collection}.html`,
        contentFile(
          {
            title: collectionLabels[collection].plural[locale],
            url: listingPath(collection, locale),
            type: 'listing',
            locale,
            lists: collection,
          },
          html,
        ),
      )
      pages += 1
    }
    for (const country of countries) {
      files.set(
        `${locale}/countries/${country}.html`,
        contentFile(
          {
            title: country.toUpperCase(),
            url: `/${locale}/organizations/in/${country}/`,
            type: 'country',
            locale,
            country,
          },
          '',
        ),
      )
      pages += 1
    }
    for (const [name, texts] of staticPages) {
      const text = texts.get(locale) ?? texts.get('en') ?? ''
      const html = text
        .split(/\n\s*\n/)
        .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
        .join('\n')
      files.set(
        `${locale}/pages/${name}.html`,
        contentFile({ title: name, url: `/${locale}/${name}/`, type: 'page', locale }, html),
      )
      pages += 1
    }
    files.set(
      `${locale}/home.html`,
      contentFile({ title: 'Coalition Resource Hub', url: `/${locale}/`, type: 'home', locale }, ''),
    )
    files.set(
      `${locale}/search.html`,
      contentFile(
        { title: 'Search', url: `/${locale}/search/`, type: 'page', locale },
        '<div id="search"></div>',
      ),
    )
    pages += 2
  }

  for (const [file, text] of files) {
    await mkdir(path.dirname(path.join(target, 'content', file)), { recursive: true })
    await writeFile(path.join(target, 'content', file), text)
  }
  const css = await readFile(path.join(repoRoot, 'site', 'src', 'styles', 'global.css'), 'utf8')
  for (const [file, text] of Object.entries(hugoLayouts(css))) {
    await mkdir(path.dirname(path.join(target, 'layouts', file)), { recursive: true })
    await writeFile(path.join(target, 'layouts', file), text)
  }
  const nav = Object.fromEntries(
    locales.map((locale) => [
      locale,
      listedCollections.map((collection) => ({
        title: collectionLabels[collection].plural[locale],
        url: listingPath(collection, locale),
      })),
    ]),
  )
  const terms = Object.fromEntries(
    locales.map((locale) => [
      locale,
      Object.fromEntries(
        (['topics', 'regions'] as const).flatMap((folder) =>
          docs
            .get(folder)!
            .map((doc) => [
              termKey(folder, doc.slug),
              { name: inLocale(doc.name, locale), url: pagePath(folder, doc.slug, locale) },
            ]),
        ),
      ),
    ]),
  )
  await mkdir(path.join(target, 'data'), { recursive: true })
  await writeFile(path.join(target, 'data', 'nav.json'), JSON.stringify(nav))
  await writeFile(path.join(target, 'data', 'terms.json'), JSON.stringify(terms))
  await writeFile(
    path.join(target, 'hugo.json'),
    JSON.stringify({
      baseURL: 'http://127.0.0.1/',
      title: 'Coalition Resource Hub',
      disableKinds: ['taxonomy', 'term', 'RSS', 'section', 'robotsTXT'],
    }),
  )
  return { pages }
}
