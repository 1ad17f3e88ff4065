import type { CollectionConfig, Endpoint, Field } from 'payload'

import { collectionLabels, type ResourceCollection } from '@hub/content-schemas'

import { publishedOrSignedIn } from '../access/publishedOrSignedIn'
import { createOwnResource, deleteOwnResource, updateOwnResource } from '../access/resourceAccess'
import { signedIn } from '../access/signedIn'
import { translatorsLocalizedOnly } from '../access/translatorsLocalizedOnly'
import { discardUntouchedEndpoint } from '../endpoints/discardUntouched'
import {
  discardUntouchedDraftField,
  publishStatusField,
  reviewPanelField,
  translationExchangeField,
  translationsColumnField,
} from '../fields/editViewFields'
import { resourceFields } from '../fields/resourceFields'
import { contractHooks } from '../hooks/contractHooks'
import { previewUrl } from '../publishing/previewUrl'
import { contentVersions } from './versions'

/**
 * A resource type readers browse: owned by an organization, drafted and
 * versioned, public once published, held to the content contract. Each type
 * adds its own fields after the shared ones.
 */
export function resourceCollection(
  slug: ResourceCollection,
  fields: Field[],
  {
    listColumns = ['title', 'organization', 'reviewBy', 'translations', '_status', 'updatedAt'],
    endpoints = [],
  }: { listColumns?: string[]; endpoints?: Endpoint[] } = {},
): CollectionConfig {
  return {
    slug,
    labels: collectionLabels[slug],
    admin: {
      useAsTitle: 'title',
      defaultColumns: listColumns,
      group: 'Resources',
      preview: previewUrl(slug),
    },
    access: {
      read: publishedOrSignedIn,
      readVersions: signedIn,
      create: createOwnResource,
      update: updateOwnResource,
      delete: deleteOwnResource,
    },
    versions: contentVersions,
    endpoints: [discardUntouchedEndpoint(slug), ...endpoints],
    hooks: contractHooks(slug, { ownedByOrganization: true }),
    fields: translatorsLocalizedOnly([
      publishStatusField,
      reviewPanelField,
      ...resourceFields,
      ...fields,
      translationExchangeField,
      discardUntouchedDraftField,
      translationsColumnField,
    ]),
  }
}
