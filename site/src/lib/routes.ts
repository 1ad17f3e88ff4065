import type { Locale } from '@hub/content-schemas'

/** Public URL segment of each resource type: the same in every language, so links survive switching. */
export const typeSegments = {
  guides: 'guides',
  screeningKits: 'screening-kits',
  panelQuestionSets: 'panel-questions',
  donationLists: 'donation-lists',
  organizations: 'organizations',
  topics: 'topics',
  regions: 'regions',
} as const

export type RoutedType = keyof typeof typeSegments

export function docPath(locale: Locale, type: RoutedType, slug: string): string {
  return `/${locale}/${typeSegments[type]}/${slug}/`
}

export function homePath(locale: Locale): string {
  return `/${locale}/`
}
