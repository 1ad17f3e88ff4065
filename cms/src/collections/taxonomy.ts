import type { CollectionConfig } from 'payload'

import { collectionLabels, taxonomyContent, type TaxonomyCollection } from '@hub/content-schemas'

import { adminOnly } from '../access/adminOnly'
import { publishedOrSignedIn } from '../access/publishedOrSignedIn'
import { editorsCreate, editorsOrTranslatorsUpdate } from '../access/sharedAccess'
import { signedIn } from '../access/signedIn'
import { translatorsLocalizedOnly } from '../access/translatorsLocalizedOnly'
import { reviewPanelField, translationsColumnField } from '../fields/editViewFields'
import { fromContract } from '../fields/fromContract'
import { slugField } from '../fields/slugField'
import { contractHooks } from '../hooks/contractHooks'
import { contentVersions } from './versions'

/** Topics and regions: the localized names readers browse by. */
export function taxonomyCollection(slug: TaxonomyCollection): CollectionConfig {
  const taxonomy = fromContract(taxonomyContent, slug)
  return {
    slug,
    labels: collectionLabels[slug],
    admin: {
      useAsTitle: 'name',
      defaultColumns: ['name', 'slug', 'translations', '_status'],
      group: 'Taxonomies',
    },
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
      reviewPanelField,
      translationsColumnField,
      taxonomy.text('name'),
      slugField(taxonomy),
      taxonomy.textarea('description'),
    ]),
  }
}
