import type { CollectionConfig } from 'payload'

import {
  collectionLabels,
  countryCode,
  email,
  httpUrl,
  languageCode,
  phoneNumber,
} from '@hub/content-schemas'

import { adminOnly } from '../access/adminOnly'
import { updateOwnOrganization } from '../access/organizationAccess'
import { publishedOrSignedIn } from '../access/publishedOrSignedIn'
import { signedIn } from '../access/signedIn'
import { translatorsLocalizedOnly } from '../access/translatorsLocalizedOnly'
import { imageUploadField } from '../fields/imageUploadField'
import { reviewByField } from '../fields/reviewByField'
import { slugField } from '../fields/slugField'
import { textRowsField } from '../fields/textRowsField'
import { zodValidate } from '../fields/zodValidate'
import { contractHooks } from '../hooks/contractHooks'
import { contentVersions } from './versions'

export const Organizations: CollectionConfig = {
  slug: 'organizations',
  labels: collectionLabels.organizations,
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'country', '_status', 'updatedAt'],
    group: 'Coalition',
  },
  access: {
    read: publishedOrSignedIn,
    readVersions: signedIn,
    create: adminOnly,
    update: updateOwnOrganization,
    delete: adminOnly,
  },
  versions: contentVersions,
  hooks: contractHooks('organizations'),
  fields: translatorsLocalizedOnly([
    { name: 'name', type: 'text', localized: true, required: true },
    slugField,
    reviewByField,
    {
      type: 'row',
      fields: [
        {
          name: 'country',
          type: 'text',
          required: true,
          maxLength: 2,
          validate: zodValidate(countryCode, { required: true }),
          admin: { description: 'ISO code, e.g. US, MX, TH, FR.' },
        },
        { name: 'founded', type: 'number', min: 1888, max: 2100 },
      ],
    },
    { name: 'mission', type: 'textarea', localized: true, required: true },
    textRowsField('services', 'Services'),
    {
      name: 'projects',
      type: 'array',
      fields: [
        { name: 'name', type: 'text', localized: true, required: true },
        { name: 'description', type: 'textarea', localized: true },
      ],
    },
    {
      name: 'languagesServed',
      type: 'array',
      admin: { description: 'ISO 639 codes of the languages the organization works in, e.g. en, es, th.' },
      fields: [
        {
          name: 'code',
          type: 'text',
          required: true,
          validate: zodValidate(languageCode, { required: true }),
        },
      ],
    },
    { name: 'website', type: 'text', validate: zodValidate(httpUrl) },
    {
      name: 'publicContact',
      type: 'group',
      admin: { description: 'Public contact details only: never a personal phone or address.' },
      fields: [
        { name: 'email', type: 'email', validate: zodValidate(email) },
        { name: 'phone', type: 'text', validate: zodValidate(phoneNumber) },
      ],
    },
    imageUploadField('logo', 'logo', 'An image (JPEG, PNG, WebP or AVIF).'),
  ]),
}
