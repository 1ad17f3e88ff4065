import type { Locale } from '@hub/content-schemas'

type StaticPage = { default: (props: Record<string, unknown>) => unknown; title: string }

/** The hub's own pages, written in MDX, one file per page and language (`safety.es.mdx`). */
const pages = import.meta.glob<StaticPage>('../static-pages/*.mdx', { eager: true })

export function findStaticPage(name: string, locale: Locale): StaticPage | undefined {
  return pages[`../static-pages/${name}.${locale}.mdx`]
}

export const staticPageNames = [
  ...new Set(Object.keys(pages).map((file) => file.split('/').pop()!.split('.')[0]!)),
]
