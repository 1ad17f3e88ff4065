import type { CollectionConfig } from 'payload'

import { collectionLabels } from '@hub/content-schemas'

import { publishedOrSignedIn } from '../access/publishedOrSignedIn'
import { createOwnResource, deleteOwnResource, updateOwnResource } from '../access/resourceAccess'
import { signedIn } from '../access/signedIn'
import { translatorsLocalizedOnly } from '../access/translatorsLocalizedOnly'
import { richTextEditor } from '../editor/richTextEditor'
import { resourceFields } from '../fields/resourceFields'
import { contractHooks } from '../hooks/contractHooks'
import { contentVersions } from './versions'

export const Guides: CollectionConfig = {
  slug: 'guides',
  labels: collectionLabels.guides,
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'organization', 'reviewBy', '_status', 'updatedAt'],
    group: 'Resources',
  },
  access: {
    read: publishedOrSignedIn,
    readVersions: signedIn,
    create: createOwnResource,
    update: updateOwnResource,
    delete: deleteOwnResource,
  },
  versions: contentVersions,
  hooks: contractHooks('guides', { ownedByOrganization: true }),
  fields: translatorsLocalizedOnly([
    ...resourceFields,
    { name: 'body', type: 'richText', localized: true, required: true, editor: richTextEditor },
    { name: 'relatedGuides', type: 'relationship', relationTo: 'guides', hasMany: true },
    {
      name: 'downloads',
      type: 'relationship',
      relationTo: 'media',
      hasMany: true,
      admin: { description: 'Printable handouts (PDF) and images readers may download.' },
    },
  ]),
}
