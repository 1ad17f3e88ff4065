import { getCollection, type CollectionKey } from 'astro:content'

import type {
  DonationList,
  Guide,
  Hotline,
  Manifest,
  Media,
  Organization,
  PanelQuestionSet,
  Region,
  ScreeningKit,
  SiteSettings,
  Topic,
} from '@hub/content-schemas'

export type Hub = {
  guides: Guide[]
  screeningKits: ScreeningKit[]
  panelQuestionSets: PanelQuestionSet[]
  donationLists: DonationList[]
  organizations: Organization[]
  hotlines: Hotline[]
  topics: Topic[]
  regions: Region[]
  media: Media[]
  settings: SiteSettings & { manifest: Manifest }
  byId: <T extends { id: number | string }>(docs: T[], id: unknown) => T | undefined
}

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
    return {
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
      byId: (docs, id) => docs.find((doc) => String(doc.id) === String(id)),
    }
  })()
  return hub
}
