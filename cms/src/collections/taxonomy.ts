import type { CollectionConfig } from 'payload'

import { collectionLabels, type TaxonomyCollection } from '@hub/content-schemas'

import { adminOnly } from '../access/adminOnly'
import { publishedOrSignedIn } from '../access/publishedOrSignedIn'
import { editorsCreate, editorsOrTranslatorsUpdate } from '../access/sharedAccess'
import { signedIn } from '../access/signedIn'
import { translatorsLocalizedOnly } from '../access/translatorsLocalizedOnly'
import { slugField } from '../fields/slugField'
import { contractHooks } from '../hooks/contractHooks'
import { contentVersions } from './versions'

/** Topics and regions: the localized names readers browse by. */
export function taxonomyCollection(slug: TaxonomyCollection): CollectionConfig {
  return {
    slug,
    labels: collectionLabels[slug],
    admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug', '_status'], group: 'Taxonomies' },
    access: {
      read: publishedOrSignedIn,
      readVersions: signedIn,
      create: editorsCreate,
      update: editorsOrTranslatorsUpdate,
      delete: adminOnly,
    },
    versions: contentVersions,
    hooks: contractHooks(slug),
    fields: translatorsLocalizedOnly([
      { name: 'name', type: 'text', localized: true, required: true, maxLength: 80 },
      slugField,
      { name: 'description', type: 'textarea', localized: true, maxLength: 400 },
    ]),
  }
}
