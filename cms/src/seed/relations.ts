import type { CollectionSlug } from '@hub/content-schemas'

/**
 * Where each demo document type points at other documents, written as slugs
 * (media as image keys) in the seed data. Paths are dot separated; a `*`
 * steps into every row of an array.
 */
export const seedRelations: Partial<Record<CollectionSlug, Record<string, CollectionSlug>>> = {
  organizations: { logo: 'media' },
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
  'screening-kits': {
    topics: 'topics',
    regions: 'regions',
    organization: 'organizations',
    poster: 'media',
    panelQuestionSet: 'panel-question-sets',
    donationList: 'donation-lists',
  },
  events: {
    topics: 'topics',
    regions: 'regions',
    organization: 'organizations',
    hosts: 'organizations',
    screeningKit: 'screening-kits',
  },
}
