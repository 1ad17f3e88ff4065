import type { CollectionConfig } from 'payload'

import { collectionSlugs, type CollectionSlug } from '@hub/content-schemas'

import { Actions } from './Actions'
import { DonationLists } from './DonationLists'
import { Events } from './Events'
import { Guides } from './Guides'
import { Hotlines } from './Hotlines'
import { mediaCollection } from './Media'
import { Organizations } from './Organizations'
import { OutreachMaterials } from './OutreachMaterials'
import { PanelQuestionSets } from './PanelQuestionSets'
import { Posts } from './Posts'
import { Regions } from './Regions'
import { ScreeningKits } from './ScreeningKits'
import { Topics } from './Topics'
import { VolunteerOpportunities } from './VolunteerOpportunities'

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
    'volunteer-opportunities': VolunteerOpportunities,
    'outreach-materials': OutreachMaterials,
    posts: Posts,
    actions: Actions,
    events: Events,
    organizations: Organizations,
    hotlines: Hotlines,
    topics: Topics,
    regions: Regions,
    media: mediaCollection(mediaDir),
  }
  return collectionSlugs.map((slug) => configs[slug])
}
