import {
  audienceLabels,
  collectionLabels,
  resourceCollections,
  type Locale,
  type Resource,
  type ResourceCollection,
} from '@hub/content-schemas'

import type { UiKey } from '../i18n/ui'
import type { Hub } from './hubData'
import { englishMarks, text, type LocalizedValue } from './localize'

/**
 * The search filters of a resource page: its type, topics, regions and
 * audiences. Pages carry them as `data-pagefind-filter="topic:Labour rights"`
 * under these fixed keys, and the search page names each group in the
 * reader's language; values are what the page shows, English standing in for
 * a missing translation (then `marks` says so, for the filter's label).
 */
export const searchFilterGroups = ['type', 'topic', 'region', 'audience'] as const

export type SearchFilterGroup = (typeof searchFilterGroups)[number]

/** The interface string naming each group. */
export const searchFilterNames: Record<SearchFilterGroup, UiKey> = {
  type: 'filterType',
  topic: 'filterTopic',
  region: 'filterRegion',
  audience: 'filterAudience',
}

export type SearchFilter = {
  group: SearchFilterGroup
  value: string
  marks: ReturnType<typeof englishMarks>
}

export function searchFiltersOf(
  doc: Resource,
  type: ResourceCollection,
  hub: Hub,
  locale: Locale,
): SearchFilter[] {
  const named = (group: SearchFilterGroup, name: LocalizedValue<string>): SearchFilter[] => {
    const value = text(name, locale)
    return value ? [{ group, value, marks: englishMarks(name, locale) }] : []
  }
  return [
    ...named('type', collectionLabels[type].singular),
    ...doc.topics.flatMap((id) => named('topic', hub.byId(hub.topics, id)?.name)),
    ...doc.regions.flatMap((id) => named('region', hub.byId(hub.regions, id)?.name)),
    ...doc.audiences.flatMap((audience) => named('audience', audienceLabels[audience])),
  ]
}

/** Every filter value some resource of `locale` has, by group: types in the table's order, the rest alphabetical. */
export function searchFilterValues(
  hub: Hub,
  locale: Locale,
): { group: SearchFilterGroup; values: SearchFilter[] }[] {
  const found = new Map<string, SearchFilter>()
  for (const type of resourceCollections)
    for (const doc of hub[type])
      for (const filter of searchFiltersOf(doc, type, hub, locale))
        found.set(`${filter.group}:${filter.value}`, filter)
  const collator = new Intl.Collator(locale)
  return searchFilterGroups.map((group) => {
    const values = [...found.values()].filter((filter) => filter.group === group)
    if (group !== 'type') values.sort((a, b) => collator.compare(a.value, b.value))
    return { group, values }
  })
}
