import type { CollectionSlug } from '@hub/content-schemas'

/**
 * Where each demo document type points at other documents, written as slugs
 * (media by image or printable key) in the seed data. Paths are dot
 * separated; a `*` steps into every row of an array.
 */
export const seedRelations: Partial<Record<CollectionSlug, Record<string, CollectionSlug>>> = {
  organizations: { logo: 'media', focusAreas: 'topics' },
  hotlines: { regions: 'regions' },
  guides: {
    topics: 'topics',
    regions: 'regions',
    organization: 'organizations',
    relatedGuides: 'guides',
    downloads: 'media',
  },
  'panel-question-sets': { topics: 'topics', regions: 'regions', organization: 'organizations' },
  'donation-lists': { topics: 'topics', regions: 'regions', organization: 'organizations' },
  posts: {
    topics: 'topics',
    regions: 'regions',
    organization: 'organizations',
    coAuthors: 'organizations',
    relatedGuides: 'guides',
    relatedKits: 'screening-kits',
    relatedActions: 'actions',
  },
  actions: { topics: 'topics', regions: 'regions', organization: 'organizations', guide: 'guides' },
  'screening-kits': {
    topics: 'topics',
    regions: 'regions',
    organization: 'organizations',
    poster: 'media',
    panelQuestionSet: 'panel-question-sets',
    donationList: 'donation-lists',
  },
  'volunteer-opportunities': { topics: 'topics', regions: 'regions', organization: 'organizations' },
  'outreach-materials': {
    topics: 'topics',
    regions: 'regions',
    organization: 'organizations',
    'files.*.file': 'media',
    screeningKit: 'screening-kits',
  },
  events: {
    topics: 'topics',
    regions: 'regions',
    organization: 'organizations',
    hosts: 'organizations',
    screeningKit: 'screening-kits',
    recap: 'posts',
  },
}
