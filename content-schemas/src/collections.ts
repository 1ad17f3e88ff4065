import type { z } from 'zod'

import type { CollectionSlug, ResourceCollection } from './documentTypes'
import { donationList, donationListContent } from './documents/donationList'
import { event, eventContent } from './documents/event'
import { guide, guideContent } from './documents/guide'
import { hotline, hotlineContent } from './documents/hotline'
import { media, mediaContent } from './documents/media'
import { organization, organizationContent } from './documents/organization'
import { panelQuestionSet, panelQuestionSetContent } from './documents/panelQuestionSet'
import { screeningKit, screeningKitContent } from './documents/screeningKit'
import { region, regionContent, topic, topicContent } from './documents/taxonomy'

/**
 * The schema of every document type in `documentTypes`. `content` is what an
 * editor writes; `document` adds id and updatedAt.
 */
export const collections = {
  guides: { content: guideContent, document: guide },
  'screening-kits': { content: screeningKitContent, document: screeningKit },
  'panel-question-sets': { content: panelQuestionSetContent, document: panelQuestionSet },
  'donation-lists': { content: donationListContent, document: donationList },
  events: { content: eventContent, document: event },
  organizations: { content: organizationContent, document: organization },
  hotlines: { content: hotlineContent, document: hotline },
  topics: { content: topicContent, document: topic },
  regions: { content: regionContent, document: region },
  media: { content: mediaContent, document: media },
} satisfies { [K in CollectionSlug]: { content: z.ZodType; document: z.ZodType } }

/** A published document of a type, as the snapshot holds it. */
export type DocumentOf<K extends CollectionSlug> = z.infer<(typeof collections)[K]['document']>

/** A published guide, screening kit, question set or donation list: any resource type. */
export type Resource = DocumentOf<ResourceCollection>
