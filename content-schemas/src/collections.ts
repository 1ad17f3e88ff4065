import type { z } from 'zod'

import type { CollectionSlug, ResourceCollection } from './documentTypes.ts'
import { action, actionContent } from './documents/action.ts'
import { donationList, donationListContent } from './documents/donationList.ts'
import { event, eventContent } from './documents/event.ts'
import { guide, guideContent } from './documents/guide.ts'
import { hotline, hotlineContent } from './documents/hotline.ts'
import { media, mediaContent } from './documents/media.ts'
import { organization, organizationContent } from './documents/organization.ts'
import { outreachMaterial, outreachMaterialContent } from './documents/outreachMaterial.ts'
import { panelQuestionSet, panelQuestionSetContent } from './documents/panelQuestionSet.ts'
import { post, postContent } from './documents/post.ts'
import { screeningKit, screeningKitContent } from './documents/screeningKit.ts'
import { region, regionContent, topic, topicContent } from './documents/taxonomy.ts'
import { volunteerOpportunity, volunteerOpportunityContent } from './documents/volunteerOpportunity.ts'

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
