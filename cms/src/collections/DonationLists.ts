import type { CollectionConfig } from 'payload'

import {
  calendarDate,
  collectionLabels,
  donationCategoryLabels,
  donationPriorityLabels,
  httpUrl,
} from '@hub/content-schemas'

import { publishedOrSignedIn } from '../access/publishedOrSignedIn'
import { createOwnResource, deleteOwnResource, updateOwnResource } from '../access/resourceAccess'
import { signedIn } from '../access/signedIn'
import { translatorsLocalizedOnly } from '../access/translatorsLocalizedOnly'
import { resourceFields } from '../fields/resourceFields'
import { selectFromLabels } from '../fields/selectFromLabels'
import { zodValidate } from '../fields/zodValidate'
import { contractHooks } from '../hooks/contractHooks'
import { contentVersions } from './versions'

export const DonationLists: CollectionConfig = {
  slug: 'donation-lists',
  labels: collectionLabels['donation-lists'],
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'organization', 'lastVerified', '_status', 'updatedAt'],
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
  hooks: contractHooks('donation-lists', { ownedByOrganization: true }),
  fields: translatorsLocalizedOnly([
    ...resourceFields,
    {
      name: 'lastVerified',
      type: 'date',
      required: true,
      validate: zodValidate(calendarDate, { required: true }),
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' },
        description: 'When someone last confirmed with the provider that these items are still needed.',
      },
    },
    {
      name: 'items',
      type: 'array',
      minRows: 1,
      required: true,
      fields: [
        { name: 'name', type: 'text', localized: true, required: true },
        {
          type: 'row',
          fields: [
            selectFromLabels('category', donationCategoryLabels, { required: true }),
            selectFromLabels('priority', donationPriorityLabels, { required: true, defaultValue: 'normal' }),
          ],
        },
        { name: 'notes', type: 'textarea', localized: true },
      ],
    },
    { name: 'howToDonate', type: 'textarea', localized: true, required: true },
    {
      name: 'dropOff',
      type: 'textarea',
      localized: true,
      admin: { description: 'Drop-off address and hours, if goods can be dropped off.' },
    },
    {
      name: 'monetaryFunds',
      type: 'array',
      fields: [
        { name: 'label', type: 'text', localized: true, required: true },
        { name: 'url', type: 'text', required: true, validate: zodValidate(httpUrl, { required: true }) },
      ],
    },
  ]),
}
