import type { Locale } from '@hub/content-schemas'

/** A language's name for a page, and the marks it needs there. */
export interface LanguageName {
  name: string
  /** None for a name in the page's language; a code shown as it is is no language (WCAG 3.1.2). */
  marks: { lang?: 'zxx'; dir?: 'ltr' }
}

const namers = new Map<Locale, Intl.DisplayNames>()

/**
 * The name of the language `code` in the page's language; a code the
 * browser's data cannot name (Nahuatl, "nah") is shown as it is, marked as
 * no language, so a screen reader spells it rather than reading it as a word.
 */
export function languageName(code: string, locale: Locale): LanguageName {
  let namer = namers.get(locale)
  if (!namer) {
    namer = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' })
    namers.set(locale, namer)
  }
  const name = namer.of(code)
  return name ? { name, marks: {} } : { name: code, marks: { lang: 'zxx', dir: 'ltr' } }
}
