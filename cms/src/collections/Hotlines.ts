import type { CollectionConfig } from 'payload'

import { collectionLabels, httpUrl, languageCode, phoneNumber, smsNumber } from '@hub/content-schemas'

import { adminOnly } from '../access/adminOnly'
import { publishedOrSignedIn } from '../access/publishedOrSignedIn'
import { editorsCreate, editorsOrTranslatorsUpdate } from '../access/sharedAccess'
import { signedIn } from '../access/signedIn'
import { translatorsLocalizedOnly } from '../access/translatorsLocalizedOnly'
import { lastVerifiedField } from '../fields/lastVerifiedField'
import { markVerifiedField } from '../fields/markVerifiedField'
import { reviewByField } from '../fields/reviewByField'
import { slugField } from '../fields/slugField'
import { zodValidate } from '../fields/zodValidate'
import { contractHooks } from '../hooks/contractHooks'
import { markVerifiedEndpoint } from '../verification/markVerifiedEndpoint'
import { contentVersions } from './versions'

export const Hotlines: CollectionConfig = {
  slug: 'hotlines',
  labels: collectionLabels.hotlines,
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'phone', 'reviewBy', '_status'], group: 'Coalition' },
  access: {
    read: publishedOrSignedIn,
    readVersions: signedIn,
    create: editorsCreate,
    update: editorsOrTranslatorsUpdate,
    delete: adminOnly,
  },
  versions: contentVersions,
  endpoints: [markVerifiedEndpoint('hotlines')],
  hooks: contractHooks('hotlines'),
  fields: translatorsLocalizedOnly([
    { name: 'name', type: 'text', localized: true, required: true },
    slugField,
    reviewByField,
    lastVerifiedField(
      'When someone last called the line, or checked with its provider, that the number and hours are right.',
      { required: false },
    ),
    markVerifiedField,
    { name: 'description', type: 'textarea', localized: true },
    {
      type: 'row',
      fields: [
        {
          name: 'phone',
          type: 'text',
          required: true,
          validate: zodValidate(phoneNumber, { required: true }),
        },
        {
          name: 'sms',
          type: 'text',
          validate: zodValidate(smsNumber),
          admin: { description: 'e.g. "HELP to 233733".' },
        },
      ],
    },
    { name: 'hours', type: 'text', localized: true, required: true },
    { name: 'website', type: 'text', validate: zodValidate(httpUrl) },
    { name: 'regions', type: 'relationship', relationTo: 'regions', hasMany: true },
    {
      name: 'languages',
      type: 'array',
      admin: { description: 'ISO 639 codes of the languages answered in, e.g. en, es.' },
      fields: [
        {
          name: 'code',
          type: 'text',
          required: true,
          validate: zodValidate(languageCode, { required: true }),
        },
      ],
    },
  ]),
}
