import type { Locale } from '@hub/content-schemas'

/**
 * The editorial workflow a newcomer finds in the demo: an organization whose
 * editors submit for review, a translation waiting in the review queue, and a
 * broken link on the dashboard.
 */
export const organizationsUnderReview = ['red-de-jornaleros']

/** A translator's French draft of a topic, submitted for review (the translator's own words, not yet live). */
export const pendingTranslation: {
  collection: 'topics'
  slug: string
  locale: Locale
  translator: string
  data: Record<string, string>
} = {
  collection: 'topics',
  slug: 'volunteering',
  locale: 'fr',
  translator: 'translator@hub.example',
  data: { name: 'Bénévolat' },
}

/**
 * A link the dashboard shows as broken. The seed stores the result itself, since
 * checking at seed time would need the network; the address is fictional, so
 * the nightly check finds it unreachable too and keeps it on the dashboard.
 */
export const brokenLink = {
  url: 'https://harbor-alliance.example.org/give',
  reason:
    'Demo result stored by `pnpm seed`, not by a check: this address is fictional (example.org). The nightly link check replaces it with a real result.',
}
