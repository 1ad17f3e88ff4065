import type { CollectionConfig } from 'payload'

import { collectionSlugs, type CollectionSlug } from '@hub/content-schemas'

import { DonationLists } from './DonationLists'
import { Events } from './Events'
import { Guides } from './Guides'
import { Hotlines } from './Hotlines'
import { mediaCollection } from './Media'
import { Organizations } from './Organizations'
import { PanelQuestionSets } from './PanelQuestionSets'
import { Regions } from './Regions'
import { ScreeningKits } from './ScreeningKits'
import { Topics } from './Topics'

/**
 * The CMS collection of every document type in the contract's table, in the
 * table's order (the admin's navigation follows it). A type of the contract
 * without a collection here does not compile.
 */
export function documentCollections(mediaDir: string): CollectionConfig[] {
  const configs: Record<CollectionSlug, CollectionConfig> = {
    guides: Guides,
    'screening-kits': ScreeningKits,
    'panel-question-sets': PanelQuestionSets,
    'donation-lists': DonationLists,
    events: Events,
    organizations: Organizations,
    hotlines: Hotlines,
    topics: Topics,
    regions: Regions,
    media: mediaCollection(mediaDir),
  }
  return collectionSlugs.map((slug) => configs[slug])
}
