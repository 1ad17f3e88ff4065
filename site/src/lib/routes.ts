import { publicSegments, type Locale } from '@hub/content-schemas'

/** Public URL segment of each resource type: the same in every language, so links survive switching. */
export const typeSegments = {
  guides: publicSegments.guides,
  screeningKits: publicSegments['screening-kits'],
  panelQuestionSets: publicSegments['panel-question-sets'],
  donationLists: publicSegments['donation-lists'],
  organizations: publicSegments.organizations,
  topics: publicSegments.topics,
  regions: publicSegments.regions,
} as const

export type RoutedType = keyof typeof typeSegments

export function docPath(locale: Locale, type: RoutedType, slug: string): string {
  return `/${locale}/${typeSegments[type]}/${slug}/`
}

export function homePath(locale: Locale): string {
  return `/${locale}/`
}
