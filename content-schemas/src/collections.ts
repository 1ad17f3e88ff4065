import type { z } from 'zod'

import type { CollectionSlug, ResourceCollection } from './documentTypes'
import { action, actionContent } from './documents/action'
import { donationList, donationListContent } from './documents/donationList'
import { event, eventContent } from './documents/event'
import { guide, guideContent } from './documents/guide'
import { hotline, hotlineContent } from './documents/hotline'
import { media, mediaContent } from './documents/media'
import { organization, organizationContent } from './documents/organization'
import { outreachMaterial, outreachMaterialContent } from './documents/outreachMaterial'
import { panelQuestionSet, panelQuestionSetContent } from './documents/panelQuestionSet'
import { post, postContent } from './documents/post'
import { screeningKit, screeningKitContent } from './documents/screeningKit'
import { region, regionContent, topic, topicContent } from './documents/taxonomy'
import { volunteerOpportunity, volunteerOpportunityContent } from './documents/volunteerOpportunity'

/**
 * The schema of every document type in `documentTypes`. `content` is what an
 * editor writes; `document` adds id and updatedAt.
 */
export const collections = {
  guides: { content: guideContent, document: guide },
  'screening-kits': { content: screeningKitContent, document: screeningKit },
  'panel-question-sets': { content: panelQuestionSetContent, document: panelQuestionSet },
  'donation-lists': { content: donationListContent, document: donationList },
  'volunteer-opportunities': { content: volunteerOpportunityContent, document: volunteerOpportunity },
  'outreach-materials': { content: outreachMaterialContent, document: outreachMaterial },
  posts: { content: postContent, document: post },
  actions: { content: actionContent, document: action },
  events: { content: eventContent, document: event },
  organizations: { content: organizationContent, document: organization },
  hotlines: { content: hotlineContent, document: hotline },
  topics: { content: topicContent, document: topic },
  regions: { content: regionContent, document: region },
  media: { content: mediaContent, document: media },
} satisfies { [K in CollectionSlug]: { content: z.ZodType; document: z.ZodType } }

/** A published document of a type, as the snapshot holds it. */
export type DocumentOf<K extends CollectionSlug> = z.infer<(typeof collections)[K]['document']>

/** A published document of any resource type (guide, kit, question set, donation list, opportunity, material). */
export type Resource = DocumentOf<ResourceCollection>
