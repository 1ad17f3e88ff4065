import type { Locale, Organization } from '@hub/content-schemas'

import { regionNames } from './formats'
import type { Hub } from './hubData'
import { languageName } from './languages'
import { englishMarks, text } from './localize'

/** One value readers can filter the directory by, with how many organizations have it. */
export interface Facet {
  /** Part of the radio's id and the card's data attribute: ASCII, lowercase. */
  key: string
  label: string
  /** The lang and dir of a label that is not in the reader's language (an English topic name, a bare code). */
  marks: { lang?: string; dir?: string }
  count: number
}

type Label = { label: string; marks?: Facet['marks'] }

export interface DirectoryFacets {
  countries: Facet[]
  focusAreas: Facet[]
  languages: Facet[]
}

export const countryKey = (code: string) => code.toLowerCase()

function facet(keys: string[][], label: (key: string) => Label, locale: Locale): Facet[] {
  const counts = new Map<string, number>()
  for (const key of keys.flatMap((row) => [...new Set(row)])) counts.set(key, (counts.get(key) ?? 0) + 1)
  return [...counts]
    .map(([key, count]) => ({ key, marks: {}, ...label(key), count }))
    .sort((a, b) => a.label.localeCompare(b.label, locale))
}

/** The focus areas an organization names that are published topics, by slug. */
export function focusAreaSlugs(hub: Hub, organization: Organization): string[] {
  return organization.focusAreas.flatMap((id) => hub.byId(hub.topics, id)?.slug ?? [])
}

/** The countries, focus areas and languages of the published organizations, named in the reader's language. */
export function directoryFacets(hub: Hub, locale: Locale): DirectoryFacets {
  const countryNames = regionNames(locale)
  const topicName = (slug: string): Label => {
    const topic = hub.topics.find((candidate) => candidate.slug === slug)
    const name = topic && text(topic.name, locale)
    return name ? { label: name, marks: englishMarks(topic.name, locale) } : { label: slug }
  }
  return {
    countries: facet(
      hub.organizations.map((organization) => [countryKey(organization.country)]),
      (key) => ({ label: countryNames.of(key.toUpperCase()) ?? key.toUpperCase() }),
      locale,
    ),
    focusAreas: facet(
      hub.organizations.map((organization) => focusAreaSlugs(hub, organization)),
      topicName,
      locale,
    ),
    languages: facet(
      hub.organizations.map((organization) =>
        organization.languagesServed.map(({ code }) => code.toLowerCase()),
      ),
      (key) => {
        const { name, marks } = languageName(key, locale)
        return { label: name, marks }
      },
      locale,
    ),
  }
}

/**
 * The stylesheet that filters the directory without JavaScript: for each
 * checked radio, the cards without its value are hidden. Radios of different
 * groups combine, so a country and a language show the organizations with both.
 */
export function filterRules(facets: DirectoryFacets): string {
  const rules = (group: string, values: Facet[], match: (key: string) => string) =>
    values.map(
      ({ key }) =>
        `.org-directory:has(#org-${group}-${key}:checked) .org-card:not(${match(key)}){display:none}`,
    )
  return [
    ...rules('country', facets.countries, (key) => `[data-country="${key}"]`),
    ...rules('focus', facets.focusAreas, (key) => `[data-focus~="${key}"]`),
    ...rules('language', facets.languages, (key) => `[data-languages~="${key}"]`),
  ].join('\n')
}
