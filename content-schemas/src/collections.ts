import type { z } from 'zod'

import { donationList, donationListContent } from './documents/donationList'
import { guide, guideContent } from './documents/guide'
import { hotline, hotlineContent } from './documents/hotline'
import { media, mediaContent } from './documents/media'
import { organization, organizationContent } from './documents/organization'
import { panelQuestionSet, panelQuestionSetContent } from './documents/panelQuestionSet'
import { screeningKit, screeningKitContent } from './documents/screeningKit'
import { region, regionContent, topic, topicContent } from './documents/taxonomy'

/**
 * Every public document type by the slug of its CMS collection and snapshot
 * folder. `content` is what an editor writes; `document` adds id and updatedAt.
 */
export const collections = {
  guides: { content: guideContent, document: guide },
  'screening-kits': { content: screeningKitContent, document: screeningKit },
  'panel-question-sets': { content: panelQuestionSetContent, document: panelQuestionSet },
  'donation-lists': { content: donationListContent, document: donationList },
  organizations: { content: organizationContent, document: organization },
  hotlines: { content: hotlineContent, document: hotline },
  topics: { content: topicContent, document: topic },
  regions: { content: regionContent, document: region },
  media: { content: mediaContent, document: media },
} satisfies Record<string, { content: z.ZodType; document: z.ZodType }>

export type CollectionSlug = keyof typeof collections

export const collectionSlugs = Object.keys(collections) as [CollectionSlug, ...CollectionSlug[]]

/** The resource types readers browse, search and download. */
export const resourceCollections = [
  'guides',
  'screening-kits',
  'panel-question-sets',
  'donation-lists',
] as const satisfies readonly CollectionSlug[]
