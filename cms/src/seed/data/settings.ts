import type { Locale } from '@hub/content-schemas'

/**
 * The hotline each language's pages show, by slug. Arabic has none: Arabic
 * readers live in many countries, and no one line serves them all, so their
 * pages link to "Find a hotline" and show a region's line where a page names one.
 */
export const hotlineByLocale: Partial<Record<Locale, string>> = {
  en: 'us-national-human-trafficking-hotline',
  es: 'us-national-human-trafficking-hotline',
  fr: 'france-victim-support-line',
  th: 'mekong-worker-helpline',
}
