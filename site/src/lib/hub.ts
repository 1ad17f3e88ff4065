import { getCollection, type CollectionKey } from 'astro:content'

import type {
  DonationList,
  Guide,
  Hotline,
  Media,
  Organization,
  PanelQuestionSet,
  Region,
  ScreeningKit,
  Topic,
} from '@hub/content-schemas'

import { createHub, type Hub } from './hubData'

export type { Hub } from './hubData'

async function load<T>(name: CollectionKey): Promise<T[]> {
  return (await getCollection(name)).map((entry) => entry.data as T)
}

let hub: Promise<Hub> | undefined

/**
 * Every collection, loaded once per build and handed to pages as data: large
 * Astro builds run out of memory when each page re-resolves collections.
 */
export function loadHub(): Promise<Hub> {
  hub ??= (async () => {
    const [
      guides,
      screeningKits,
      panelQuestionSets,
      donationLists,
      organizations,
      hotlines,
      topics,
      regions,
      media,
      settings,
    ] = await Promise.all([
      load<Guide>('guides'),
      load<ScreeningKit>('screeningKits'),
      load<PanelQuestionSet>('panelQuestionSets'),
      load<DonationList>('donationLists'),
      load<Organization>('organizations'),
      load<Hotline>('hotlines'),
      load<Topic>('topics'),
      load<Region>('regions'),
      load<Media>('media'),
      load<Hub['settings']>('settings'),
    ])
    return createHub({
      guides,
      screeningKits,
      panelQuestionSets,
      donationLists,
      organizations,
      hotlines,
      topics,
      regions,
      media,
      settings: settings[0]!,
    })
  })()
  return hub
}
