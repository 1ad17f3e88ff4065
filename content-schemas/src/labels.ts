import type { Locale } from './locales'

export type Translations = Record<Locale, string>

const same = (text: string): Translations => ({ en: text, es: text, fr: text, ar: text, th: text })
const labels = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((value) => [value, same(value)])) as Record<T, Translations>

export const audienceLabels = labels(['survivors', 'workers', 'volunteers', 'educators', 'faith-groups', 'students', 'employers', 'service-providers', 'general-public'] as const)
export const contentWarningLabels = labels(['sexual-violence', 'physical-violence', 'child-exploitation', 'self-harm', 'substance-use', 'coercion-and-threats', 'racism-and-xenophobia'] as const)
export const ageGuidanceLabels = labels(['all-ages', '12-plus', '15-plus', '16-plus', '18-plus'] as const)
export const donationPriorityLabels = labels(['urgent', 'high', 'normal'] as const)
export const donationCategoryLabels = labels(['food', 'hygiene', 'clothing', 'baby', 'household', 'school', 'medical', 'phone-and-transport', 'gift-cards', 'other'] as const)
export const timelinePhaseLabels = labels(['weeks-before', 'week-before', 'day-of', 'after'] as const)
export const calloutToneLabels = labels(['info', 'warning', 'safety'] as const)
const pair = (s: string, p: string) => ({ singular: same(s), plural: same(p) })
export const collectionLabels = {
  guides: pair('Guide', 'Guides'),
  'screening-kits': pair('Screening kit', 'Screening kits'),
  'panel-question-sets': pair('Panel question set', 'Panel question sets'),
  'donation-lists': pair('Donation list', 'Donation lists'),
  organizations: pair('Organization', 'Organizations'),
  hotlines: pair('Hotline', 'Hotlines'),
  topics: pair('Topic', 'Topics'),
  regions: pair('Region', 'Regions'),
  media: pair('Media', 'Media'),
}
export function selectOptions<T extends string>(labels: Record<T, Translations>) {
  return (Object.keys(labels) as T[]).map((value) => ({ value, label: labels[value] }))
}
