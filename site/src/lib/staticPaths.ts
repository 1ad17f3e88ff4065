import { locales } from '@hub/content-schemas'

/** One page per document per locale: untranslated documents fall back to English with a notice. */
export function pathsForEveryLocale<T extends { slug: string }>(docs: T[]) {
  return locales.flatMap((locale) =>
    docs.map((doc) => ({ params: { locale, slug: doc.slug }, props: { doc } })),
  )
}

export function localeParams() {
  return locales.map((locale) => ({ params: { locale } }))
}
